package dev.stride.domain.port;

/** One-way password hashing with a slow, salted algorithm. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
