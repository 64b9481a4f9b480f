package dev.stride.adapters.redis.cache;

import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.concurrent.ConcurrentMap;

/**
 * The generation each namespace is at, as this instance last read it from Redis, until something
 * says it may have changed. Reads race with invalidations: a read remembers its answer only if no
 * invalidation of its namespace arrived between sending it and its answer.
 */
final class KnownGenerations {

    /** Namespaces whose generation is remembered: ~100 bytes each, so a few MB at most. */
    private static final long MAX_NAMESPACES = 50_000;

    /** Namespace -> its generation (a String), or the {@link Read} in flight that may learn it. */
    private final ConcurrentMap<String, Object> byNamespace =
            Caffeine.newBuilder().maximumSize(MAX_NAMESPACES).<String, Object>build().asMap();

    /** The namespace's generation as last read, or null. */
    String current(String namespace) {
        return byNamespace.get(namespace) instanceof String generation ? generation : null;
    }

    /**
     * Call right before sending a read of the namespace's generation. While the generation is not
     * known, the latest read may learn it (an earlier one may have failed and never answer); a known
     * generation stays in use meanwhile.
     */
    Read reading(String namespace, long sentAt) {
        Read read = new Read(namespace, sentAt);
        Object known = byNamespace.putIfAbsent(namespace, read);
        if (known instanceof Read earlier) {
            byNamespace.replace(namespace, earlier, read);
        }
        return read;
    }

    /** A read that learns nothing (while nothing is tracked). */
    static Read unrecorded(String namespace, long sentAt) {
        return new Read(namespace, sentAt);
    }

    /** Remembers the answer unless an invalidation of the namespace arrived since the read was sent (it removed the read). */
    void answered(Read read, String generation) {
        byNamespace.replace(read.namespace(), read, generation);
    }

    void forget(String namespace) {
        byNamespace.remove(namespace);
    }

    void forgetAll() {
        byNamespace.clear();
    }

    /** A read of a namespace's generation, in flight; a class, not a record: compared by identity, one per read. */
    static final class Read {
        private final String namespace;
        private final long sentAt;

        private Read(String namespace, long sentAt) {
            this.namespace = namespace;
            this.sentAt = sentAt;
        }

        String namespace() {
            return namespace;
        }

        long sentAt() {
            return sentAt;
        }
    }
}
