package dev.stride.domain.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects the violations of one constructor so that all of them are reported together. */
public final class Violations {

    public static final LocalDate EARLIEST_QUERY_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST_QUERY_DATE = LocalDate.of(9999, 12, 31);

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

    /**
     * Text that is stored as it was given: PostgreSQL refuses a NUL character in text, and an
     * unpaired surrogate has no UTF-8 form (it would be stored as '?').
     */
    public Violations storableText(String value, String field) {
        return require(value == null || isStorable(value), field, "must not contain NUL characters or unpaired surrogates");
    }

    static boolean isStorable(String value) {
        return value.codePoints().noneMatch(c -> c == 0 || Character.getType(c) == Character.SURROGATE);
    }

    /** A date a client names in a query: a four-digit year, which every layer below can store and compute with. */
    public Violations queryDate(LocalDate value, String field) {
        return require(value == null || !(value.isBefore(EARLIEST_QUERY_DATE) || value.isAfter(LATEST_QUERY_DATE)),
                field, "must be between " + EARLIEST_QUERY_DATE + " and " + LATEST_QUERY_DATE);
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
