package dev.stride.archfixtures.adapters.crypto;

import dev.stride.archfixtures.domain.port.PasswordHasher;

public class ReversedPasswordHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return new StringBuilder(password).reverse().toString();
    }
}
