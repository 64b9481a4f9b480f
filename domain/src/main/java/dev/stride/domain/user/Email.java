package dev.stride.domain.user;

import dev.stride.domain.shared.ValidationException;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, trimmed and lower-cased so that one mailbox is one account. */
public record Email(String value) {

    /** No whitespace, control characters or unpaired surrogates anywhere (PostgreSQL refuses a NUL). */
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}\\p{Cs}]+@[^@\\s\\p{Cntrl}\\p{Cs}]+\\.[^@\\s\\p{Cntrl}\\p{Cs}]+$");
    private static final int MAX_LENGTH = 320;

    public Email {
        if (value == null) {
            throw ValidationException.of("email", "must not be null");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return value;
    }
}
