package dev.stride.domain.cache;

import java.util.Objects;

/**
 * Names one cache entry: the cache it belongs to (for metrics and TTLs), the namespace whose
 * generation guards it (one per user, so one write can retire all of a user's entries at once),
 * and its key inside the namespace.
 */
public record CacheEntryId(String cache, String namespace, String key) {

    public CacheEntryId {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(key, "key");
    }
}
