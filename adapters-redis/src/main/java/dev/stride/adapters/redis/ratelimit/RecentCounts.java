package dev.stride.adapters.redis.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.util.function.BiFunction;

/**
 * What this instance keeps per count (per Redis key) for at most {@code capacity} recently used
 * ones: its batching, and the requests it admitted from its local share and has not written to
 * Redis yet. Each is shaped by the policy it was made for. When a request comes with other limits
 * (the policies were reloaded), the kept one writes back what it admitted on its own before it is
 * replaced, so that no request admitted under the old limits goes uncounted; the replacement then
 * takes the stored count over as the next script or bucket update says. One evicted to stay within
 * the capacity is dropped with what it had not written back (at most its share).
 *
 * <p>Every request looks its count up here, so the lookup takes no lock shared by other keys (a
 * Caffeine cache, whose size-based eviction keeps the recently and frequently used ones).
 */
final class RecentCounts<V extends RecentCounts.Kept> {

    /** What is kept for one count. */
    interface Kept {

        /** The policy it counts for. */
        RateLimitPolicy policy();

        /** Writes to Redis what it admitted on its own and did not write yet (nothing to do without a local share). */
        void writeBack();
    }

    private final Cache<String, V> byKey;
    private final BiFunction<String, RateLimitPolicy, V> create;

    RecentCounts(int capacity, BiFunction<String, RateLimitPolicy, V> create) {
        this.create = create;
        this.byKey = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /** The count kept for this key and policy, made (and the one kept for other limits written back) if there is none. */
    V of(String key, RateLimitPolicy policy) {
        V kept = byKey.getIfPresent(key);
        if (kept != null && shapedBy(kept, policy)) {
            return kept;
        }
        Replaced<V> replaced = new Replaced<>();
        V made = byKey.asMap().compute(key, (k, current) -> {
            if (current != null && shapedBy(current, policy)) {
                return current; // made by a request racing this one
            }
            replaced.kept = current;
            return create.apply(k, policy);
        });
        if (replaced.kept != null) {
            replaced.kept.writeBack(); // outside the key's lock: a round trip to Redis must not hold up its requests
        }
        return made;
    }

    private static boolean shapedBy(Kept kept, RateLimitPolicy policy) {
        return kept.policy() == policy || kept.policy().equals(policy);
    }

    /** The one a reshape replaced, if any. */
    private static final class Replaced<V> {
        private V kept;
    }
}
