package dev.stride.domain.shared;

import java.util.List;

/** Input broke an invariant; carries every violated field at once so a client can fix all of them. */
public final class ValidationException extends DomainException {

    private final List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid input" : describe(violations));
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
    }
}
