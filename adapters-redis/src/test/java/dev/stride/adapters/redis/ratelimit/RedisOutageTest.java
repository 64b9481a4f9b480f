package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitRequest;
import dev.stride.application.ratelimit.CheckRateLimitService;
import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RouteLimit;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.testsupport.DedicatedRedis;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped or frozen under a running limiter, with production timeouts (100 ms) and a breaker
 * opening after 3 failures. Whether requests wait is shown by how many calls reached Redis, never
 * by a stopwatch.
 */
class RedisOutageTest {

    private static final RateLimitPolicy POLICY = new RateLimitPolicy("anonymous", 60, Duration.ofMinutes(1));
    private static final RateLimitPolicies POLICIES = new RateLimitPolicies(
            new RateLimitPolicy("authenticated", 60, Duration.ofMinutes(1)), POLICY, new RateLimitPolicy("auth", 60, Duration.ofMinutes(1)),
            new RateLimitPolicy("failed-login", 60, Duration.ofMinutes(1)));
    private static final RateLimitRequest REQUEST = RateLimitRequest.anonymous("203.0.113.7", false);
    private static final Duration COOL_DOWN = Duration.ofSeconds(5);

    enum Outage {
        STOPPED(DedicatedRedis::stop, DedicatedRedis::start),
        PAUSED(DedicatedRedis::pause, DedicatedRedis::resume);

        private final Consumer<DedicatedRedis> begin;
        private final Consumer<DedicatedRedis> end;

        Outage(Consumer<DedicatedRedis> begin, Consumer<DedicatedRedis> end) {
            this.begin = begin;
            this.end = end;
        }
    }

    private final DedicatedRedis redis = new DedicatedRedis();
    private final MutableClock ticker = new MutableClock(Instant.EPOCH);
    private final CircuitBreaker breaker = new CircuitBreaker("rate limiting", 3, COOL_DOWN, ticker::nanoTime);
    private final RateLimiterHealth health = new RateLimiterHealth(breaker);
    private final RedisRateLimiter limiter = TestLimiters.limiter(redis.host(), redis.port(), "stride:",
            Duration.ofMillis(100), TimeMeter.SYSTEM_MILLISECONDS, breaker, new ContentionBackoff(), LocalShare.NONE);

    @AfterEach
    void close() {
        limiter.close();
        redis.close();
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void failsOpenAndStopsAskingRedisAfterThreeFailures(Outage outage) {
        CheckRateLimitService service = new CheckRateLimitService(limiter, () -> POLICIES, OnLimiterFailure.FAIL_OPEN);
        long attemptsBefore = countingWithRedisUp();

        outage.begin.accept(redis);
        List<RateLimitOutcome> duringOutage = check(service, 20);

        assertThat(duringOutage).containsOnly(new FailedOpen(POLICY));
        assertThat(breaker.attempts() - attemptsBefore).as("3 failures, then 17 requests that skipped Redis").isEqualTo(3);
        assertThat(health.degraded()).isTrue();
        assertThat(health.details()).containsEntry("breaker", "open");
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void failsClosedWhenConfiguredTo(Outage outage) {
        CheckRateLimitService service = new CheckRateLimitService(limiter, () -> POLICIES, OnLimiterFailure.FAIL_CLOSED);
        long attemptsBefore = countingWithRedisUp();

        outage.begin.accept(redis);
        List<RateLimitOutcome> duringOutage = check(service, 20);

        assertThat(duringOutage).containsOnly(new FailedClosed(POLICY));
        assertThat(breaker.attempts() - attemptsBefore).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Outage.class)
    void countsAgainOnceRedisIsBackAndTheCoolDownIsOver(Outage outage) {
        countingWithRedisUp();
        outage.begin.accept(redis);
        check(new CheckRateLimitService(limiter, () -> POLICIES, OnLimiterFailure.FAIL_OPEN), 3);

        outage.end.accept(redis);

        awaitRecovery();
        assertThat(health.degraded()).isFalse();
        assertThat(health.details()).containsEntry("breaker", "closed");
    }

    @ParameterizedTest
    @EnumSource(OnLimiterFailure.class)
    void aSlidingWindowPolicyOfSeveralLimitsFailsTheSameWayThroughTheSameBreaker(OnLimiterFailure onFailure) {
        RateLimitPolicy writes = new RateLimitPolicy("writes", List.of(
                new RateLimit(20, Duration.ofMinutes(1)), new RateLimit(1000, Duration.ofDays(1))), RateLimitAlgorithm.SLIDING_WINDOW);
        RateLimitPolicies withWrites = new RateLimitPolicies(POLICIES.authenticated(), POLICY, POLICIES.auth(), POLICIES.failedLogin(),
                Map.of("writes", writes), List.of(new RouteLimit("POST /api/v1/activities", "writes")));
        CheckRateLimitService service = new CheckRateLimitService(limiter, () -> withWrites, onFailure);
        RateLimitRequest write = REQUEST.on("POST", "/api/v1/activities");
        long attemptsBefore = countingWithRedisUp();
        assertThat(service.check(write)).isInstanceOf(RateLimitOutcome.Allowed.class).extracting(RateLimitOutcome::policy)
                .as("the script counts while Redis is up").isEqualTo(writes);

        redis.stop();
        List<RateLimitOutcome> duringOutage = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            duringOutage.add(service.check(write));
        }

        assertThat(duringOutage).containsOnly(onFailure == OnLimiterFailure.FAIL_OPEN ? new FailedOpen(writes) : new FailedClosed(writes));
        assertThat(breaker.attempts() - attemptsBefore).as("a write counted in two policies, then 3 failures, then the breaker skips Redis")
                .isEqualTo(2 + 3);
        assertThat(health.degraded()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RateLimitAlgorithm.class)
    void withALocalShareRequestsFailTheSameWayOnceTheShareIsSpent(RateLimitAlgorithm algorithm) {
        RateLimitPolicy sharedOut = new RateLimitPolicy("anonymous", List.of(new RateLimit(100, Duration.ofHours(1))), algorithm); // a share of 5
        RateLimitPolicies withShare = new RateLimitPolicies(POLICIES.authenticated(), sharedOut, POLICIES.auth(), POLICIES.failedLogin());
        // time stands still, so that only the spent share, never the sync interval, sends the instance to Redis
        TimeMeter frozen = new ClockTimeMeter(new MutableClock(Instant.parse("2026-11-20T07:00:00Z")));
        try (RedisRateLimiter sharing = TestLimiters.limiter(redis.host(), redis.port(), "stride:", Duration.ofMillis(100), frozen, breaker,
                new ContentionBackoff(), TestLimiters.SHIPPED_SHARE)) {
            CheckRateLimitService service = new CheckRateLimitService(sharing, () -> withShare, OnLimiterFailure.FAIL_OPEN);
            long attemptsBefore = countingWithRedisUp();
            assertThat(service.check(REQUEST)).as("counted in Redis").isInstanceOf(Allowed.class);

            redis.stop();
            List<RateLimitOutcome> duringOutage = check(service, 20);

            assertThat(duringOutage.subList(0, 5)).as("the instance's own share").allMatch(Allowed.class::isInstance);
            assertThat(duringOutage.subList(5, 20)).containsOnly(new FailedOpen(sharedOut));
            assertThat(breaker.attempts() - attemptsBefore).as("1 counted, 5 from the share, 3 failures, then the breaker skips Redis")
                    .isEqualTo(1 + 5 + 3);
            assertThat(health.degraded()).isTrue();
        }
    }

    @Test
    void startsWithRedisDownAndConnectsOnceItIsUp() {
        CheckRateLimitService service = new CheckRateLimitService(limiter, () -> POLICIES, OnLimiterFailure.FAIL_OPEN);
        limiter.warmUp();

        assertThat(check(service, 10)).containsOnly(new FailedOpen(POLICY));
        assertThat(breaker.attempts()).as("the warm-up does not go through the breaker").isEqualTo(3);

        redis.start();

        awaitRecovery();
    }

    /** Starts Redis and waits until requests are counted (the first connection may take longer than a timeout); returns the attempts so far. */
    private long countingWithRedisUp() {
        redis.start();
        awaitRecovery();
        assertThat(health.degraded()).isFalse();
        return breaker.attempts();
    }

    /** Each try moves past the cool-down so that one probe may reach Redis; Lettuce reconnects in the background. */
    private void awaitRecovery() {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().untilAsserted(() -> {
            ticker.advance(COOL_DOWN);
            assertThat(limiter.consume("ip:203.0.113.8", POLICY).allowed()).isTrue();
        });
    }

    private static List<RateLimitOutcome> check(CheckRateLimitService service, int times) {
        List<RateLimitOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            outcomes.add(service.check(REQUEST));
        }
        return outcomes;
    }
}
