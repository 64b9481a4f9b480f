package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@link RateLimiter} port in Redis, behind a circuit breaker: Bucket4j buckets for token-bucket
 * policies, a script's counters for sliding-window ones, both with the local share of {@link LocalShare}.
 */
final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    /** A bucket of its own, full again a second after the warm-up and gone from Redis a sync interval later. */
    private static final RateLimitPolicy WARM_UP = new RateLimitPolicy("warm-up", 1, Duration.ofSeconds(1));

    private final RedisBuckets buckets;
    private final RedisSlidingWindows windows;
    private final BucketKeys keys;
    private final CircuitBreaker breaker;
    private final LimiterConnection connection;

    RedisRateLimiter(RedisBuckets buckets, RedisSlidingWindows windows, BucketKeys keys, CircuitBreaker breaker, LimiterConnection connection) {
        this.buckets = buckets;
        this.windows = windows;
        this.keys = keys;
        this.breaker = breaker;
        this.connection = connection;
    }

    @Override
    public RateLimitDecision consume(String key, RateLimitPolicy policy) {
        String redisKey = keys.of(policy, key);
        return guarded(policy.algorithm() == RateLimitAlgorithm.SLIDING_WINDOW
                ? () -> windows.consume(redisKey, policy)
                : () -> policy.limits().size() == 1
                        ? fromBucket(buckets.bucket(redisKey, policy).tryConsumeAndReturnRemaining(1))
                        : fromBucket(policy, buckets.bucket(redisKey, policy).asVerbose().tryConsumeAndReturnRemaining(1)));
    }

    /** One limit: the probe says it all, also for tokens handed out from the local share. */
    private static RateLimitDecision fromBucket(ConsumptionProbe probe) {
        Duration resetAfter = Duration.ofNanos(probe.getNanosToWaitForReset());
        return probe.isConsumed()
                ? RateLimitDecision.allowed(probe.getRemainingTokens(), resetAfter)
                : RateLimitDecision.rejected(resetAfter, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Several limits: the state tells which is closest to refusing and when it is full again; the
     * probe tells the tokens left after this very request (over all limits), since when requests are
     * batched the state is the whole batch's. With a local share both come from this instance's copy
     * of the bucket when the request was decided there.
     */
    private static RateLimitDecision fromBucket(RateLimitPolicy policy, VerboseResult<ConsumptionProbe> result) {
        ConsumptionProbe probe = result.getValue();
        Duration retryAfter = Duration.ofNanos(probe.getNanosToWaitForRefill());
        RateLimitDecision byState = RateLimitDecision.of(probe.isConsumed(), BucketStandings.of(policy, result.getState()), retryAfter);
        return new RateLimitDecision(probe.isConsumed(), byState.limit(), probe.getRemainingTokens(), byState.resetAfter(), byState.retryAfter());
    }

    @Override
    public List<LimitStanding> standing(String key, RateLimitPolicy policy) {
        String redisKey = keys.of(policy, key);
        return guarded(policy.algorithm() == RateLimitAlgorithm.SLIDING_WINDOW
                ? () -> windows.standing(redisKey, policy)
                : () -> policy.limits().size() == 1
                        ? List.of(BucketStandings.of(policy.limits().getFirst(), buckets.bucket(redisKey, policy).getAvailableTokens()))
                        : BucketStandings.of(policy, buckets.bucket(redisKey, policy).asVerbose().getAvailableTokens().getState()));
    }

    private <T> T guarded(Supplier<T> call) {
        return breaker.call(call, e -> new RateLimiterUnavailableException("rate-limit counts in Redis unavailable: " + e.getMessage(), e));
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
        connection.close();
    }
}
