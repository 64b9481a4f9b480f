package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers each shape of a policy this instance has seen, for Bucket4j's configuration replacement:
 * a stored bucket of a lower version takes the new limits. The number is the wall-clock millisecond
 * the shape was first seen (kept increasing), so that after a reload of every instance the newest
 * configuration wins, whichever instance touches a bucket first.
 */
final class PolicyVersions {

    private final Map<String, Versioned> byName = new HashMap<>();
    private long last;

    synchronized long of(RateLimitPolicy policy) {
        Versioned known = byName.get(policy.name());
        if (known != null && known.policy().equals(policy)) {
            return known.version();
        }
        last = Math.max(last + 1, System.currentTimeMillis());
        byName.put(policy.name(), new Versioned(policy, last));
        return last;
    }

    private record Versioned(RateLimitPolicy policy, long version) {
    }
}
