package dev.stride.domain.shared;

/** A zero-based page of at most {@value #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        new Violations()
                .require(page >= 0, "page", "must be at least 0")
                .between(size, 1, MAX_SIZE, "size")
                .throwIfAny();
    }

    public long offset() {
        return (long) page * size;
    }
}
