package dev.stride.domain.shared;

/** One rejected input field, named as clients name it (camelCase, as in the HTTP contract). */
public record FieldViolation(String field, String message) {
}
