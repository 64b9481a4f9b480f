package dev.stride.domain.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a retry must repeat exactly: the method, the path and the body, as a SHA-256 digest (hex).
 * The same key sent with another body, or to another endpoint, is a different request.
 */
public record RequestFingerprint(String value) {

    public static RequestFingerprint of(String method, String path, byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((method + ' ' + path + '\n').getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return new RequestFingerprint(HexFormat.of().formatHex(sha256.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
