package dev.stride.bootstrap.security;

import dev.stride.domain.port.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id (the OWASP first choice) through spring-security-crypto, with Spring Security's current defaults. */
public final class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(rawPassword, hash);
    }
}
