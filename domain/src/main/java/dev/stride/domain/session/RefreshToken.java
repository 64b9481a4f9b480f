package dev.stride.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An opaque refresh token as the client holds it: 256 random bits, base64url. The server keeps only
 * its {@link #hash()}, so a leaked session store yields no usable token.
 */
public record RefreshToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    public RefreshToken {
        Objects.requireNonNull(value, "value");
    }

    public static RefreshToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** SHA-256 of the token, base64url: the only form that is ever stored. */
    public String hash() {
        return hash(value);
    }

    /** The hash of whatever a client presented, well-formed or not (an unknown hash is simply not found). */
    public static String hash(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "RefreshToken[hash=" + hash() + "]";
    }
}
