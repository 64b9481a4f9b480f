package dev.stride.adapters.web.problem;

import java.util.List;

/** Lines of an uploaded file are invalid: a 400 validation problem with {@code errors: [{line, field, message}]}. */
public final class InvalidLinesException extends RuntimeException {

    /** One rejected field of one line (1 is the header line). */
    public record InvalidLine(long line, String field, String message) {
    }

    private final List<InvalidLine> errors;
    private final int total;

    /** @param total how many errors there are in all, when {@code errors} holds only the first of them */
    public InvalidLinesException(List<InvalidLine> errors, int total) {
        super(total + " invalid field(s) in the upload" + (total > errors.size() ? "; the first " + errors.size() + " are listed" : ""));
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public List<InvalidLine> errors() {
        return errors;
    }

    public int total() {
        return total;
    }
}
