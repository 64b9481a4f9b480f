package dev.stride.adapters.redis.cache;

import dev.stride.domain.cache.CacheEntryId;

/**
 * The cache's key layout in Redis (described on {@link RedisCache}), in one place for the cache,
 * which writes the keys, and {@link GenerationTracking}, which reads them back from Redis's pushes.
 */
final class CacheKeys {

    private final String entries;
    private final String generations;
    private final String epoch;

    /** @param keyPrefix {@code stride.redis.key-prefix}; the cache's keys follow it with {@code c:} */
    CacheKeys(String keyPrefix) {
        String cache = keyPrefix + "c:";
        this.entries = cache + "e:";
        this.generations = cache + "g:";
        this.epoch = cache + "epoch";
    }

    /** Bumped by invalidateAll. */
    String epoch() {
        return epoch;
    }

    /** What every namespace's generation key starts with. */
    String generations() {
        return generations;
    }

    String generation(String namespace) {
        return generations + namespace;
    }

    /** The namespace whose generation key this is, or null for any other key. */
    String namespaceOf(String key) {
        return key.startsWith(generations) ? key.substring(generations.length()) : null;
    }

    /** An entry's key is this, its namespace's current {@code epoch.generation}, then {@link #entrySuffix}. */
    String entryPrefix(CacheEntryId id) {
        return entries + id.namespace() + ":";
    }

    static String entrySuffix(CacheEntryId id) {
        return ":" + id.cache() + ":" + id.key();
    }
}
