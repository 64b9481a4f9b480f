package dev.stride.archfixtures.domain.port;

public interface PasswordHasher {

    String hash(String password);
}
