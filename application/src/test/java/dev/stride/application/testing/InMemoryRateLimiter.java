package dev.stride.application.testing;

import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Bucket4j's local buckets, one per policy and key, in this JVM only. Same token-bucket arithmetic
 * as the Redis adapter (the port's contract test runs against both); buckets are never evicted, so
 * this is for tests, not for serving traffic.
 */
public class InMemoryRateLimiter implements RateLimiter {

    private final ClockTimeMeter time;
    private final ConcurrentMap<BucketKey, Bucket> buckets = new ConcurrentHashMap<>();

    public InMemoryRateLimiter() {
        this(Clock.systemUTC());
    }

    public InMemoryRateLimiter(Clock clock) {
        this.time = new ClockTimeMeter(clock);
    }

    @Override
    public RateLimitDecision consume(String key, RateLimitPolicy policy) {
        Bucket bucket = buckets.computeIfAbsent(new BucketKey(policy, key), ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()))
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        Duration resetAfter = Duration.ofNanos(probe.getNanosToWaitForReset());
        return probe.isConsumed()
                ? RateLimitDecision.allowed(probe.getRemainingTokens(), resetAfter)
                : RateLimitDecision.rejected(resetAfter, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** The whole policy is part of the key, so a changed quota or window starts a fresh bucket, as in Redis. */
    private record BucketKey(RateLimitPolicy policy, String key) {
    }
}
