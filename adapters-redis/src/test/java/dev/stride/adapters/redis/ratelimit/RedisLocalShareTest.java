package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.RedisTopology;
import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.ParallelBurst;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.stride.application.testing.RateLimiterContract.consume;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the local share promises, for both algorithms, on one Redis server and on a Redis Cluster:
 * each instance admits at most its share (5 % of the smallest quota) without Redis, so that
 * instances sharing a count never let more than the quota plus one share per instance through, however a
 * client spreads its requests over them; what an instance admitted on its own reaches Redis with
 * its next call, and with a reload of the limits; a standing charges nothing.
 */
@ParameterizedClass
@MethodSource("everyTopologyAndAlgorithm")
class RedisLocalShareTest {

    private static final int INSTANCES = 4;
    /** 5 % of 100. */
    private static final int SHARE = 5;

    @Parameter(0)
    RedisTopology topology;
    @Parameter(1)
    RateLimitAlgorithm algorithm;

    /** On a whole hour, so that an hour's sliding window starts afresh. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private final TimeMeter time = new ClockTimeMeter(clock);
    private final List<RedisRateLimiter> started = new ArrayList<>();

    static Stream<Arguments> everyTopologyAndAlgorithm() {
        return Arrays.stream(RedisTopology.values())
                .flatMap(topology -> Arrays.stream(RateLimitAlgorithm.values()).map(algorithm -> Arguments.of(topology, algorithm)));
    }

    @AfterEach
    void close() {
        started.forEach(RedisRateLimiter::close);
    }

    @Test
    void withoutAShareInstancesCountExactlyBetweenThem() throws Exception {
        List<RateLimiter> instances = instances(2, LocalShare.NONE);

        List<RateLimitDecision> decisions = ParallelBurst.of(instances, newKey(), policy(new RateLimit(50, Duration.ofHours(1))), 200);

        assertThat(decisions).filteredOn(RateLimitDecision::allowed).hasSize(50);
    }

    @Test
    void oneInstanceWithAShareCountsExactly() throws Exception {
        RateLimitPolicy hourAndDay = policy(new RateLimit(100, Duration.ofHours(1)), new RateLimit(1000, Duration.ofDays(1)));

        List<RateLimitDecision> decisions = ParallelBurst.of(instances(1, TestLimiters.SHIPPED_SHARE), newKey(), hourAndDay, 150);

        assertThat(decisions).filteredOn(RateLimitDecision::allowed).hasSize(100)
                .extracting(RateLimitDecision::remaining).as("each told what is left after it").doesNotHaveDuplicates();
    }

    @Test
    void instancesHammeringOneCountLetAtMostTheQuotaAndOneSharePerInstanceThrough() throws Exception {
        List<RateLimitDecision> decisions = ParallelBurst.of(instances(INSTANCES, TestLimiters.SHIPPED_SHARE), newKey(), hundredPerHour(), 240);

        assertThat(decisions).filteredOn(RateLimitDecision::allowed).as("100, plus at most 5 per instance")
                .hasSizeBetween(100, 100 + INSTANCES * SHARE);
    }

    @Test
    void aPolicyOfSeveralLimitsHasAShareOfItsSmallestQuotaAndTellsTheLimitClosestToRefusing() throws Exception {
        RateLimitPolicy hourAndDay = policy(new RateLimit(100, Duration.ofHours(1)), new RateLimit(1000, Duration.ofDays(1)));

        List<RateLimitDecision> decisions = ParallelBurst.of(instances(INSTANCES, TestLimiters.SHIPPED_SHARE), newKey(), hourAndDay, 240);

        assertThat(decisions).filteredOn(RateLimitDecision::allowed).as("100 an hour, plus at most 5 per instance")
                .hasSizeBetween(100, 100 + INSTANCES * SHARE);
        assertThat(decisions).as("the hour, whose 100 are used up long before the day's 1000").extracting(RateLimitDecision::limit)
                .containsOnly(0);
    }

    @Test
    void aClientSpreadOverInstancesAndSyncIntervalsGetsNoMoreThanTheBound() throws Exception {
        List<RateLimiter> instances = instances(INSTANCES, TestLimiters.SHIPPED_SHARE);
        String key = newKey();
        List<RateLimitDecision> decisions = new ArrayList<>();

        for (int round = 0; round < 5; round++) {
            decisions.addAll(ParallelBurst.of(instances, key, hundredPerHour(), 120));
            clock.advance(Duration.ofSeconds(2)); // every instance's copy is older than the sync interval: each asks Redis again
        }

        assertThat(decisions).filteredOn(RateLimitDecision::allowed)
                .as("within 8 s of one hour's window: 100 (a token bucket refills none), plus at most 5 per instance")
                .hasSizeBetween(100, 100 + INSTANCES * SHARE);
    }

    @Test
    void whatAnInstanceAdmittedOnItsOwnReachesRedisWithItsNextCall() {
        RateLimitPolicy hourAndDay = policy(new RateLimit(50, Duration.ofHours(1)), new RateLimit(1000, Duration.ofDays(1))); // a share of 2
        RedisRateLimiter first = instance(TestLimiters.SHIPPED_SHARE);
        String key = newKey();

        consume(first, key, hourAndDay, 3); // the first asks Redis, the next two are its own
        long seenByAFreshInstance = instance(TestLimiters.SHIPPED_SHARE).consume(key, hourAndDay).remaining();
        consume(first, key, hourAndDay, 1); // a third of its own would exceed the share: it writes the two back with this one
        long seenByAnotherFreshInstance = instance(TestLimiters.SHIPPED_SHARE).consume(key, hourAndDay).remaining();

        assertThat(seenByAFreshInstance).as("50 - 1 - its own").isEqualTo(48);
        assertThat(seenByAnotherFreshInstance).as("50 - 4 - 1 - its own").isEqualTo(44);
    }

    @Test
    void aStandingChargesNothingAndCountsWhatTheInstanceAdmittedOnItsOwn() {
        RedisRateLimiter limiter = instance(TestLimiters.SHIPPED_SHARE);
        String key = newKey();
        consume(limiter, key, hundredPerHour(), 3); // the first asks Redis, the next two are the instance's own

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.standing(key, hundredPerHour())).extracting(LimitStanding::remaining).containsExactly(97L);
        }
        assertThat(limiter.consume(key, hundredPerHour()).remaining()).isEqualTo(96);
    }

    @Test
    void changedLimitsCountWhatTheInstanceAdmittedOnItsOwnUnderTheOldOnes() {
        RedisRateLimiter limiter = instance(TestLimiters.SHIPPED_SHARE);
        String key = newKey();
        consume(limiter, key, hundredPerHour(), 4); // the first asks Redis, the next three are the instance's own
        RateLimitPolicy doubled = policy(new RateLimit(200, Duration.ofHours(1)));

        RateLimitDecision afterReload = limiter.consume(key, doubled);

        assertThat(afterReload.remaining()).as("4 of 100 used are 8 of 200, and this one").isEqualTo(191);
        assertThat(instance(LocalShare.NONE).standing(key, doubled)).as("in Redis, not only in the instance's copy")
                .extracting(LimitStanding::remaining).containsExactly(191L);
    }

    private RateLimitPolicy hundredPerHour() {
        return policy(new RateLimit(100, Duration.ofHours(1)));
    }

    private RateLimitPolicy policy(RateLimit... limits) {
        return new RateLimitPolicy("authenticated", List.of(limits), algorithm);
    }

    private List<RateLimiter> instances(int count, LocalShare localShare) {
        List<RateLimiter> instances = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instances.add(instance(localShare));
        }
        return instances;
    }

    private RedisRateLimiter instance(LocalShare localShare) {
        RedisRateLimiter limiter = TestLimiters.on(topology, time, localShare);
        started.add(limiter);
        return limiter;
    }

    private static String newKey() {
        return "user:" + UUID.randomUUID();
    }
}
