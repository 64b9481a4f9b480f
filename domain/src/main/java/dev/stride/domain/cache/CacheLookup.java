package dev.stride.domain.cache;

import java.util.Objects;

/**
 * What a cache read found: the namespace's generation at the moment of the read, and the entry's
 * value in that generation, or null on a miss. A value loaded after this read may be stored only
 * under this generation, which is what keeps a slow reader from storing stale data.
 */
public record CacheLookup<T>(String generation, T value) {

    public CacheLookup {
        Objects.requireNonNull(generation, "generation");
    }

    public boolean hit() {
        return value != null;
    }
}
