package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/** The {@link RateLimiter} port on Bucket4j buckets in Redis, behind a circuit breaker. */
final class RedisRateLimiter implements RateLimiter, AutoCloseable {

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
        ConsumptionProbe probe = breaker.call(() -> buckets.bucket(bucketKey, policy).tryConsumeAndReturnRemaining(1));
        Duration resetAfter = Duration.ofNanos(probe.getNanosToWaitForReset());
        return probe.isConsumed()
                ? RateLimitDecision.allowed(probe.getRemainingTokens(), resetAfter)
                : RateLimitDecision.rejected(resetAfter, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void close() {
        buckets.close();
    }
}
