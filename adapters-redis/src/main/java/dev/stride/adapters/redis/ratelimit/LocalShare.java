package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many requests of a count one instance may admit without asking Redis, and for how long
 * ({@code stride.rate-limit.redis.local-share.*}; see {@code RedisBuckets} and {@code SharedWindow}).
 *
 * @param fraction     of each policy's smallest quota, rounded down; 0 makes every request update Redis (exact, slower)
 * @param syncInterval longest an instance decides from its own copy of a count before it writes back
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
     * Requests an instance may admit on its own between two writes of a count of this policy: of its
     * smallest quota, since every request counts once in every limit, so that no limit is exceeded
     * by more than this per instance. 0: every request goes to Redis.
     */
    long of(RateLimitPolicy policy) {
        return fraction == 0 ? 0 : (long) Math.floor(policy.smallestQuota() * fraction);
    }
}
