package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** The {@link RateLimiter} port on Bucket4j buckets in Redis, behind a circuit breaker. */
final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    /** A bucket of its own that is full again, and gone from Redis, a second after the warm-up. */
    private static final RateLimitPolicy WARM_UP = new RateLimitPolicy("warm-up", 1, Duration.ofSeconds(1));

    private final RedisBuckets buckets;
    private final BucketKeys keys;
    private final CircuitBreaker breaker;

    RedisRateLimiter(RedisBuckets buckets, BucketKeys keys, CircuitBreaker breaker) {
        this.buckets = buckets;
        this.keys = keys;
        this.breaker = breaker;
    }

    @Override
    public RateLimitDecision consume(String key, RateLimitPolicy policy) {
        String bucketKey = keys.of(policy, key);
        ConsumptionProbe probe = breaker.call(() -> buckets.bucket(bucketKey, policy).tryConsumeAndReturnRemaining(1),
                e -> new RateLimiterUnavailableException("rate-limit buckets in Redis unavailable: " + e.getMessage(), e));
        Duration resetAfter = Duration.ofNanos(probe.getNanosToWaitForReset());
        return probe.isConsumed()
                ? RateLimitDecision.allowed(probe.getRemainingTokens(), resetAfter)
                : RateLimitDecision.rejected(resetAfter, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Connects and takes one token from a throwaway bucket, outside the breaker: the first request
     * on a cold JVM would otherwise spend its short timeout on connecting and class loading, and
     * fail open. Meant to run in the background at start-up; a failure only means Redis is not there yet.
     */
    void warmUp() {
        try {
            buckets.bucket(keys.of(WARM_UP, "warm-up"), WARM_UP).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            log.info("Rate limiting could not reach Redis at start-up ({}); requests fail open or closed until it can", e.toString());
        }
    }

    @Override
    public void close() {
        buckets.close();
    }
}
