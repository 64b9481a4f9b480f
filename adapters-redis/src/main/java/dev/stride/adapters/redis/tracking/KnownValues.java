package dev.stride.adapters.redis.tracking;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The value each tracked key had when this instance last read it from Redis, until something says it
 * may have changed. Reads race with invalidations: a read remembers its answer only if no
 * invalidation of its key arrived between sending it and its answer.
 * <p>
 * Bounded by forgetting everything when full rather than by an eviction policy: forgetting is always
 * safe (the next read asks Redis), and a plain map's look-up is what every tracked hit and every
 * authenticated request pays, while a bounded Caffeine cache's bookkeeping per read was several per
 * cent of a cached hit's CPU (bench/README.md, fourteenth round).
 */
public final class KnownValues {

    /** Keys whose value is remembered: ~100 bytes each, so a few MB at most. */
    private static final int MAX_KEYS = 50_000;

    private final int maxKeys;
    /** Key -> its value (a String), or the {@link Read} in flight that may learn it. */
    private final ConcurrentMap<String, Object> byKey = new ConcurrentHashMap<>();

    public KnownValues() {
        this(MAX_KEYS);
    }

    KnownValues(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** The key's value as last read, or null. */
    public String current(String key) {
        return byKey.get(key) instanceof String value ? value : null;
    }

    /**
     * Call right before sending a read of the key. While its value is not known, the latest read may
     * learn it (an earlier one may have failed and never answer); a known value stays in use meanwhile.
     */
    public Read reading(String key, long sentAt) {
        Read read = new Read(key, sentAt);
        if (byKey.size() >= maxKeys) {
            byKey.clear();
        }
        Object known = byKey.putIfAbsent(key, read);
        if (known instanceof Read earlier) {
            byKey.replace(key, earlier, read);
        }
        return read;
    }

    /** A read that learns nothing (while nothing is tracked). */
    static Read unrecorded(String key, long sentAt) {
        return new Read(key, sentAt);
    }

    /** Remembers the answer unless an invalidation of the key arrived since the read was sent (it removed the read). */
    public void answered(Read read, String value) {
        byKey.replace(read.key(), read, value);
    }

    public void forget(String key) {
        byKey.remove(key);
    }

    public void forgetAll() {
        byKey.clear();
    }

    /** A read of a key, in flight; a class, not a record: compared by identity, one per read. */
    public static final class Read {
        private final String key;
        private final long sentAt;

        private Read(String key, long sentAt) {
            this.key = key;
            this.sentAt = sentAt;
        }

        String key() {
            return key;
        }

        long sentAt() {
            return sentAt;
        }
    }
}
