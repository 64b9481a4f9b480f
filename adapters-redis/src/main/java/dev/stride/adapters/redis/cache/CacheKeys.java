package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.tracking.KnownValues;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.domain.cache.CacheEntryId;
import io.lettuce.core.cluster.SlotHash;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The cache's key layout in Redis, in one place for the cache, which writes the keys, and the
 * tracking, which reads them back from Redis's pushes. Under the key prefix:
 * <pre>
 *   c:g:{namespace}                          the namespace's generation (random, never reused)
 *   c:x:{tag}                                the epoch of the namespaces in the tag's hash slot
 *   c:n:{namespace}                          the namespace's live entries, by expiry (the per-user bound)
 *   c:e:{namespace}:{epoch.gen}:{cache}:{key}   an entry, JSON, with its TTL
 *   c:v:{namespace}:{cache}:{key}            the newest version written through to the entry, in any generation
 * </pre>
 * Everything a script touches for one namespace lies in that namespace's hash slot: the namespace is
 * the hash tag of its keys, and its epoch key's tag is one chosen to fall in the same slot
 * ({@link SlotTags}). So the scripts run on Redis Cluster as on one server, and retiring every
 * namespace (invalidateAll) replaces the 16,384 slot epochs instead of one global key.
 */
final class CacheKeys {

    private final String entries;
    private final String generations;
    private final String epochs;
    private final String index;
    private final String versions;

    /** @param keyPrefix {@code stride.redis.key-prefix}; the cache's keys follow it with {@code c:} */
    CacheKeys(String keyPrefix) {
        if (keyPrefix.indexOf('{') >= 0 || keyPrefix.indexOf('}') >= 0) {
            throw new IllegalArgumentException("the Redis key prefix must not contain braces (hash tags): " + keyPrefix);
        }
        String cache = keyPrefix + "c:";
        this.entries = cache + "e:";
        this.generations = cache + "g:";
        this.epochs = cache + "x:";
        this.index = cache + "n:";
        this.versions = cache + "v:";
    }

    /**
     * The generations of namespaces (keyed by namespace), tracked on the cache's connection: its generation
     * and epoch keys; a write waits {@code lag} before it is acknowledged ({@link TrackedKeys#afterChange}).
     */
    TrackedKeys trackedGenerations(Duration timeout, Duration lag, LongSupplier nanoTime) {
        return new TrackedKeys(List.of(generations, epochs), this::changed, timeout, lag, nanoTime);
    }

    /** A changed generation key: its namespace's generation is forgotten; a changed epoch key: every one (rare). */
    void changed(String key, KnownValues known) {
        String namespace = namespaceOf(key);
        if (namespace != null) {
            known.forget(namespace);
        } else if (key.startsWith(epochs)) {
            known.forgetAll();
        }
    }

    String generation(String namespace) {
        return generations + tagged(namespace);
    }

    /** The epoch key of the namespace's hash slot. */
    String epoch(String namespace) {
        return epochs + "{" + SlotTags.tagOf(SlotHash.getSlot(namespace)) + "}";
    }

    /** Every slot's epoch key. */
    List<String> allEpochs() {
        List<String> keys = new ArrayList<>(SlotHash.SLOT_COUNT);
        for (int slot = 0; slot < SlotHash.SLOT_COUNT; slot++) {
            keys.add(epochs + "{" + SlotTags.tagOf(slot) + "}");
        }
        return keys;
    }

    /** The sorted set of the namespace's entries, scored by expiry: bounds how many a namespace holds. */
    String index(String namespace) {
        return index + tagged(namespace);
    }

    /** The newest version of the entry's source that was written through, whatever the generation since. */
    String version(CacheEntryId id) {
        return versions + tagged(id.namespace()) + entrySuffix(id);
    }

    /** The namespace whose generation key this is, or null for any other key. */
    private String namespaceOf(String key) {
        return key.startsWith(generations) && key.endsWith("}")
                ? key.substring(generations.length() + 1, key.length() - 1) : null;
    }

    /** An entry's key is this, its namespace's current {@code epoch.generation}, then {@link #entrySuffix}. */
    String entryPrefix(CacheEntryId id) {
        return entries + tagged(id.namespace()) + ":";
    }

    static String entrySuffix(CacheEntryId id) {
        return ":" + id.cache() + ":" + id.key();
    }

    /** A namespace with braces of its own would move its keys to other slots than its generation's. */
    private static String tagged(String namespace) {
        if (namespace.indexOf('{') >= 0 || namespace.indexOf('}') >= 0) {
            throw new IllegalArgumentException("a cache namespace must not contain braces: " + namespace);
        }
        return "{" + namespace + "}";
    }
}
