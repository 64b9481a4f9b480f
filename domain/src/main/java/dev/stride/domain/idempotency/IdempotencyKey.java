package dev.stride.domain.idempotency;

import dev.stride.domain.shared.ValidationException;

/**
 * A client's {@code Idempotency-Key}, scoped to the caller: two users may use the same key without
 * seeing each other's responses. 1 to {@value #MAX_LENGTH} printable ASCII characters (the
 * character set of an RFC 8941 string, which the IETF draft makes the header's value).
 */
public record IdempotencyKey(long userId, String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !printableAscii(value)) {
            throw ValidationException.of(HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }

    private static boolean printableAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }
}
