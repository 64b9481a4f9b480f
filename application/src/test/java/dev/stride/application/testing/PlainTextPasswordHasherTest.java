package dev.stride.application.testing;

import dev.stride.domain.port.PasswordHasher;

class PlainTextPasswordHasherTest extends PasswordHasherContract {

    private final PasswordHasher hasher = new PlainTextPasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
