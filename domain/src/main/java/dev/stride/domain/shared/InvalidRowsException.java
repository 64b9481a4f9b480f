package dev.stride.domain.shared;

import java.util.List;

/** Rows of a batch broke invariants; carries every violation of every row so a client can fix them all at once. */
public final class InvalidRowsException extends DomainException {

    private final List<RowViolation> violations;

    public InvalidRowsException(List<RowViolation> violations) {
        super(violations.size() + " invalid field(s) in the rows");
        this.violations = List.copyOf(violations);
    }

    public List<RowViolation> violations() {
        return violations;
    }
}
