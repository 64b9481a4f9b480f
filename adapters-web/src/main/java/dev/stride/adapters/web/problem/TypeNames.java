package dev.stride.adapters.web.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** Says what a value of a Java type looks like on the wire, in a client's words rather than Java's. */
final class TypeNames {

    private TypeNames() {
    }

    /** For example "must be an integer"; "has an invalid value" when the type is unknown. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "must be " + describe(type);
    }

    /** For example "an integer". */
    static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date in ISO-8601 format (yyyy-MM-dd)";
        }
        if (type == Instant.class) {
            return "an instant in ISO-8601 format (2026-01-31T12:00:00Z)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "a JSON object";
    }
}
