package dev.stride.domain.shared;

/** One rejected field of one row of a batch; {@code row} counts from 0 in the order the rows were given. */
public record RowViolation(int row, String field, String message) {
}
