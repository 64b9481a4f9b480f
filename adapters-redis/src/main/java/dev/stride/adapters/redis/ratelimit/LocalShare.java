package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How much of a policy's quota one instance may hand out without asking Redis, and for how long
 * ({@code stride.rate-limit.redis.local-share.*}; see {@code RedisBuckets}).
 *
 * @param fraction     of each policy's quota, rounded down; 0 makes every request update Redis (exact, slower)
 * @param syncInterval longest an instance decides from its own copy of a bucket before it writes back
 */
record LocalShare(@DefaultValue("0.05") double fraction, @DefaultValue("1s") Duration syncInterval) {

    /** Every request goes to Redis. */
    static final LocalShare NONE = new LocalShare(0, Duration.ofSeconds(1));

    LocalShare {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("the local share is a fraction of the quota, from 0 to 1: " + fraction);
        }
        if (!syncInterval.isPositive()) {
            throw new IllegalArgumentException("the sync interval must be positive: " + syncInterval);
        }
    }

    /**
     * Of a one-limit policy's quota. A policy of several limits has none: telling which limit is
     * closest to refusing needs the state of each, which Bucket4j reads from Redis, past the local copy.
     */
    long tokensOf(RateLimitPolicy policy) {
        return policy.limits().size() == 1 ? (long) Math.floor(policy.limits().getFirst().quota() * fraction) : 0;
    }
}
