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
import static org.assertj.core.api.Assertions.assertThat;

/** What the Redis adapter promises beyond the port's contract: expiry, sharing between instances, no CAS storms. */
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

    @Test
    void keepsEachBucketUnderThePrefixOnlyUntilItWouldBeFullAgain() {
        RedisRateLimiter limiter = limiter(new ContentionBackoff());
        String key = "ip:" + UUID.randomUUID();
        String redisKey = redis.keyPrefix() + "rate-limit:auth:10/60:" + key;

        consume(limiter, key, 3);
        long ttlAfterThree = commands.pttl(redisKey);
        consume(limiter, key, 7);
        long ttlWhenEmpty = commands.pttl(redisKey);

        assertThat(ttlAfterThree).as("3 tokens take 18 s to come back").isPositive().isLessThanOrEqualTo(18_001);
        assertThat(ttlWhenEmpty).as("10 tokens take 60 s").isGreaterThan(18_001).isLessThanOrEqualTo(60_001);
    }

    @Test
    void twoInstancesWithTheirOwnConnectionsShareOneBucketExactly() throws Exception {
        List<RateLimiter> instances = List.of(limiter(new ContentionBackoff()), limiter(new ContentionBackoff()));

        List<RateLimitDecision> decisions = ParallelBurst.of(instances, "user:" + UUID.randomUUID(), FIFTY_PER_HOUR, 200);

        assertThat(decisions).filteredOn(RateLimitDecision::allowed).hasSize(50);
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
                TestLimiters.RELAXED_TIMEOUT, TimeMeter.SYSTEM_MILLISECONDS, breaker, new ContentionBackoff());
        limiters.add(limiter);

        limiter.warmUp();

        assertThat(commands.pttl(redis.keyPrefix() + "rate-limit:warm-up:1/1:warm-up")).as("-1 would be a key without expiry")
                .isNotEqualTo(-1).isLessThanOrEqualTo(1_001);
        assertThat(breaker.attempts()).isZero();
    }

    private RedisRateLimiter limiter(ContentionBackoff contention) {
        RedisRateLimiter limiter = TestLimiters.limiter(redis.host(), redis.port(), redis.keyPrefix(),
                TestLimiters.RELAXED_TIMEOUT, time, TestLimiters.neverOpening(), contention);
        limiters.add(limiter);
        return limiter;
    }

    private static void consume(RateLimiter limiter, String key, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limiter.consume(key, TEN_PER_MINUTE).allowed()).isTrue();
        }
    }
}
