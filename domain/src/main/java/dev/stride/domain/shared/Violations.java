package dev.stride.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the violations of one constructor so that all of them are reported together. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations require(boolean condition, String field, String message) {
        if (!condition) {
            found.add(new FieldViolation(field, message));
        }
        return this;
    }

    public Violations notNull(Object value, String field) {
        return require(value != null, field, "must not be null");
    }

    public Violations maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public Violations between(Number value, long min, long max, String field) {
        return require(value == null || (value.longValue() >= min && value.longValue() <= max),
                field, "must be between " + min + " and " + max);
    }

    /** Builds a value that validates itself, keeping its violations here; null when it was invalid. */
    public <T> T capture(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (ValidationException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
