package dev.stride.domain.shared;

import java.util.List;

/** A keyset page: some items in order, and whether more follow the last of them. */
public record Slice<T>(List<T> items, boolean hasMore) {

    public Slice {
        items = List.copyOf(items);
    }

    /** The first {@code size} of up to {@code size + 1} items read in order: the extra one only says that more follow. */
    public static <T> Slice<T> ofOneMoreThan(List<T> items, int size) {
        return items.size() > size ? new Slice<>(items.subList(0, size), true) : new Slice<>(items, false);
    }
}
