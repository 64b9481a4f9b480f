package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.ParallelBurst;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.stride.application.testing.RateLimiterContract.FIFTY_PER_HOUR;
import static dev.stride.application.testing.RateLimiterContract.consume;
import static org.assertj.core.api.Assertions.assertThat;

/** What the Redis token buckets promise beyond the port's contract: expiry, eviction, no CAS storms, reshaping (the local share: {@link RedisLocalShareTest}). */
class RedisRateLimiterTest {

    private static final RateLimitPolicy TEN_PER_MINUTE = new RateLimitPolicy("auth", 10, Duration.ofMinutes(1));

    private final RedisEndpoint redis = TestRedis.shared();
    private final TimeMeter time = new ClockTimeMeter(new MutableClock(Instant.parse("2026-11-20T07:00:00Z")));
    private final List<RedisRateLimiter> limiters = new ArrayList<>();
    private final RedisClient inspector = RedisClient.create(redis.uri());
    private final StatefulRedisConnection<String, String> inspection = inspector.connect();
    private final RedisCommands<String, String> commands = inspection.sync();

    @AfterEach
    void close() {
        limiters.forEach(RedisRateLimiter::close);
        inspection.close();
        inspector.shutdown();
    }

    /** A sync interval (1 s) past "full again": the next write back of a bucket never drained then finds it, in two round trips instead of three. */
    @Test
    void keepsEachBucketUnderThePrefixUntilASyncIntervalAfterItWouldBeFullAgain() {
        RedisRateLimiter limiter = limiter(new ContentionBackoff());
        String key = "ip:" + UUID.randomUUID();
        String redisKey = redis.keyPrefix() + "rate-limit:auth:" + key;

        consumeAllAllowed(limiter, key, 3);
        long ttlAfterThree = commands.pttl(redisKey);
        consumeAllAllowed(limiter, key, 7);
        long ttlWhenEmpty = commands.pttl(redisKey);

        assertThat(ttlAfterThree).as("3 tokens take 18 s to come back").isGreaterThan(18_500).isLessThanOrEqualTo(19_001);
        assertThat(ttlWhenEmpty).as("10 tokens take 60 s").isGreaterThan(59_500).isLessThanOrEqualTo(61_001);
    }

    @Test
    void aBucketEvictedFromRedisBetweenUpdatesStartsAfresh() {
        RedisRateLimiter limiter = limiter(new ContentionBackoff());
        String key = "user:" + UUID.randomUUID();
        consume(limiter, key, FIFTY_PER_HOUR, 2);

        commands.del(redis.keyPrefix() + "rate-limit:authenticated:" + key);
        List<RateLimitDecision> afterEviction = consume(limiter, key, FIFTY_PER_HOUR, 3);

        assertThat(afterEviction).allMatch(RateLimitDecision::allowed);
        assertThat(limiter(new ContentionBackoff()).consume(key, FIFTY_PER_HOUR).remaining()).isLessThan(49);
    }

    @Test
    void aHotBucketCostsAnInstanceNoCompareAndSwapRetries() throws Exception {
        ContentionBackoff contention = new ContentionBackoff();
        RateLimitPolicy roomy = new RateLimitPolicy("authenticated", 10_000, Duration.ofDays(1)); // slow refill: see FIFTY_PER_HOUR

        List<RateLimitDecision> decisions = ParallelBurst.of(List.of(limiter(contention)), "user:" + UUID.randomUUID(), roomy, 200);

        assertThat(decisions).allMatch(RateLimitDecision::allowed);
        assertThat(decisions).extracting(RateLimitDecision::remaining).doesNotHaveDuplicates();
        assertThat(contention.retries()).as("requests of one instance are batched, never racing each other").isZero();
    }

    @Test
    void warmsUpOutsideTheBreakerWithAKeyThatSoonExpires() {
        CircuitBreaker breaker = TestLimiters.neverOpening();
        RedisRateLimiter limiter = TestLimiters.limiter(redis.host(), redis.port(), redis.keyPrefix(),
                TestLimiters.RELAXED_TIMEOUT, TimeMeter.SYSTEM_MILLISECONDS, breaker, new ContentionBackoff(), TestLimiters.SHIPPED_SHARE);
        limiters.add(limiter);

        limiter.warmUp();

        assertThat(commands.pttl(redis.keyPrefix() + "rate-limit:warm-up:warm-up")).as("-1 would be a key without expiry")
                .isNotEqualTo(-1).isLessThanOrEqualTo(2_001);
        assertThat(breaker.attempts()).isZero();
    }

    @Test
    void anotherInstanceWithChangedLimitsReshapesTheStoredBucket() {
        String key = "ip:" + UUID.randomUUID();
        consume(limiter(new ContentionBackoff()), key, new RateLimitPolicy("auth", 5, Duration.ofMinutes(1)), 1);

        List<RateLimitDecision> stricter = consume(limiter(new ContentionBackoff()), key, new RateLimitPolicy("auth", 5, Duration.ofHours(1)), 5);

        assertThat(stricter).as("the used share of the old quota (a fifth) is kept under the new one")
                .extracting(RateLimitDecision::allowed).containsExactly(true, true, true, true, false);
    }

    private RedisRateLimiter limiter(ContentionBackoff contention) {
        RedisRateLimiter limiter = TestLimiters.limiter(redis.host(), redis.port(), redis.keyPrefix(),
                TestLimiters.RELAXED_TIMEOUT, time, TestLimiters.neverOpening(), contention, TestLimiters.SHIPPED_SHARE);
        limiters.add(limiter);
        return limiter;
    }

    private static void consumeAllAllowed(RateLimiter limiter, String key, int times) {
        assertThat(consume(limiter, key, TEN_PER_MINUTE, times)).allMatch(RateLimitDecision::allowed);
    }
}
