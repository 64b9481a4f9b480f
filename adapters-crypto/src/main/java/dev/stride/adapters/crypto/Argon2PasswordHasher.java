package dev.stride.adapters.crypto;

import dev.stride.domain.port.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id (the OWASP first choice) through spring-security-crypto. The encoded hash carries its own
 * settings, so hashes made with older, weaker ones still verify and are reported by {@link #needsRehash}.
 */
final class Argon2PasswordHasher implements PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;

    Argon2PasswordHasher(int memoryKiB, int iterations, int parallelism) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, parallelism, memoryKiB, iterations);
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    /** A stored hash that cannot be read matches nothing (the encoder throws on some truncated ones). */
    @Override
    public boolean matches(String rawPassword, String hash) {
        try {
            return encoder.matches(rawPassword, hash);
        } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            return false;
        }
    }

    /** Less memory or fewer passes than today's settings; a hash that cannot be read is left alone (it matches nothing). */
    @Override
    public boolean needsRehash(String hash) {
        try {
            return encoder.upgradeEncoding(hash);
        } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            return false;
        }
    }
}
