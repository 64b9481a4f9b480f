package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What this instance keeps per count (per Redis key) for the most recently used ones, at most
 * {@code capacity}: its batching, and the requests it admitted from its local share and has not
 * written to Redis yet. Each is shaped by the policy it was made for. When a request comes with
 * other limits (the policies were reloaded), the kept one writes back what it admitted on its own
 * before it is replaced, so that no request admitted under the old limits goes uncounted; the
 * replacement then takes the stored count over as the next script or bucket update says. One
 * evicted as least recently used is dropped with what it had not written back (at most its share).
 */
final class RecentCounts<V extends RecentCounts.Kept> {

    /** What is kept for one count. */
    interface Kept {

        /** The policy it counts for. */
        RateLimitPolicy policy();

        /** Writes to Redis what it admitted on its own and did not write yet (nothing to do without a local share). */
        void writeBack();
    }

    private final Map<String, V> byKey;
    private final BiFunction<String, RateLimitPolicy, V> create;

    RecentCounts(int capacity, BiFunction<String, RateLimitPolicy, V> create) {
        this.create = create;
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The count kept for this key and policy, made (and the one kept for other limits written back) if there is none. */
    V of(String key, RateLimitPolicy policy) {
        V reshaped;
        V made;
        synchronized (byKey) {
            V kept = byKey.get(key);
            if (kept != null && kept.policy().equals(policy)) {
                return kept;
            }
            reshaped = kept;
            made = create.apply(key, policy);
            byKey.put(key, made);
        }
        if (reshaped != null) {
            reshaped.writeBack(); // outside the lock: a round trip to Redis must not hold up every other key
        }
        return made;
    }
}
