package dev.stride.application.testing;

import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RateLimiter} must do whatever the policy's algorithm, written once and run
 * against the in-memory adapter and the Redis one, for token buckets ({@link TokenBucketContract})
 * and sliding windows ({@link SlidingWindowContract}). Time is a {@link MutableClock} the tests move
 * by hand, starting on a whole hour.
 */
public abstract class RateLimiterContract {

    /**
     * For bursts: a slow refill. Counting time stands still in these tests while a store's expiry
     * runs in real time, so the first request must take longer to come back than a burst lasts.
     */
    public static final RateLimitPolicy FIFTY_PER_HOUR = new RateLimitPolicy("authenticated", 50, Duration.ofHours(1));

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    protected RateLimiter limiter;

    /** A limiter that counts on {@code clock}; called before each test. */
    protected abstract RateLimiter createLimiter(Clock clock);

    /** The algorithm under test. */
    protected abstract RateLimitAlgorithm algorithm();

    @BeforeEach
    void setUp() {
        limiter = createLimiter(clock);
    }

    protected RateLimitPolicy policy(String name, long quota, Duration window) {
        return new RateLimitPolicy(name, List.of(new RateLimit(quota, window)), algorithm());
    }

    @Test
    void admitsExactlyTheQuotaThenRefusesWithATimeToRetry() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String key = newKey();

        assertThat(consume(key, tenPerMinute, 10)).extracting(RateLimitDecision::remaining).containsExactly(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L);
        RateLimitDecision refused = limiter.consume(key, tenPerMinute);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive();
        assertThat(refused.resetAfter()).isGreaterThanOrEqualTo(refused.retryAfter());
    }

    @Test
    void refusedRequestsTakeNothing() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String key = newKey();
        consume(key, tenPerMinute, 10);
        List<LimitStanding> before = limiter.standing(key, tenPerMinute);

        consume(key, tenPerMinute, 5);

        assertThat(limiter.standing(key, tenPerMinute)).isEqualTo(before);
    }

    @Test
    void isFullAgainTwoWindowsAfterTheLastRequestAtTheLatest() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String key = newKey();
        consume(key, tenPerMinute, 11);

        clock.advance(Duration.ofMinutes(2));

        assertThat(limiter.standing(key, tenPerMinute)).containsExactly(new LimitStanding(10, Duration.ZERO));
        assertThat(consume(key, tenPerMinute, 11)).extracting(RateLimitDecision::allowed)
                .containsExactly(true, true, true, true, true, true, true, true, true, true, false);
    }

    @Test
    void keysAndPoliciesHaveSeparateCounts() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String emptied = newKey();
        consume(emptied, tenPerMinute, 10);

        assertThat(limiter.consume(newKey(), tenPerMinute).remaining()).isEqualTo(9);
        assertThat(limiter.consume(emptied, policy("anonymous", 10, Duration.ofMinutes(1))).remaining()).isEqualTo(9);
    }

    @Test
    void aChangedQuotaKeepsTheShareAlreadyUsedInsteadOfStartingAfresh() {
        String key = newKey();
        consume(key, policy("auth", 10, Duration.ofMinutes(1)), 5);

        RateLimitDecision doubled = limiter.consume(key, policy("auth", 20, Duration.ofMinutes(1)));
        RateLimitDecision halved = limiter.consume(key, policy("auth", 10, Duration.ofMinutes(1)));

        assertThat(doubled.remaining()).as("half of 20 used, and one more").isEqualTo(9);
        assertThat(halved.remaining()).as("11 of 20 used is 6 of 10 (rounded against the client), and one more").isLessThanOrEqualTo(4);
    }

    @Test
    void anEmptiedCountStaysEmptyWhenItsQuotaIsRaised() {
        String key = newKey();
        consume(key, policy("auth", 10, Duration.ofMinutes(1)), 10);

        assertThat(limiter.consume(key, policy("auth", 1000, Duration.ofMinutes(1))).allowed()).isFalse();
    }

    @Test
    void everyLimitOfAPolicyMustAllowAndTheClosestToRefusingIsTold() {
        RateLimitPolicy burstAndHour = new RateLimitPolicy("writes", List.of(
                new RateLimit(5, Duration.ofMinutes(1)), new RateLimit(8, Duration.ofHours(1))), algorithm());
        String key = newKey();

        List<RateLimitDecision> burst = consume(key, burstAndHour, 6);
        clock.advance(Duration.ofMinutes(2));
        List<RateLimitDecision> later = consume(key, burstAndHour, 4);

        assertThat(burst).extracting(RateLimitDecision::allowed).containsExactly(true, true, true, true, true, false);
        assertThat(burst.get(2).limit()).as("3 of 5 per minute left, 5 of 8 per hour").isZero();
        assertThat(later).extracting(RateLimitDecision::allowed).containsExactly(true, true, true, false);
        assertThat(later.get(2)).as("the hour is the one that refuses").extracting(RateLimitDecision::limit, RateLimitDecision::remaining)
                .containsExactly(1, 0L);
        assertThat(limiter.standing(key, burstAndHour).get(0).remaining()).as("a refused request took nothing from the minute").isEqualTo(2);
    }

    @Test
    void aStandingCountsNothing() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String key = newKey();
        consume(key, tenPerMinute, 3);

        for (int i = 0; i < 20; i++) {
            assertThat(limiter.standing(key, tenPerMinute).getFirst().remaining()).isEqualTo(7);
        }
        assertThat(limiter.standing(newKey(), tenPerMinute)).containsExactly(new LimitStanding(10, Duration.ZERO));
    }

    @Test
    void aParallelBurstGetsExactlyTheQuota() throws Exception {
        RateLimitPolicy fiftyPerHour = policy("authenticated", 50, Duration.ofHours(1));
        limiter.standing(newKey(), fiftyPerHour); // connected before the burst: this test is about counting, not connecting

        List<RateLimitDecision> decisions = ParallelBurst.of(List.of(limiter), newKey(), fiftyPerHour, 200);

        assertThat(decisions).filteredOn(RateLimitDecision::allowed).hasSize(50);
        assertThat(decisions).filteredOn(decision -> !decision.allowed()).hasSize(150)
                .allSatisfy(refused -> assertThat(refused.retryAfter()).isPositive());
    }

    protected List<RateLimitDecision> consume(String key, RateLimitPolicy policy, int times) {
        return consume(limiter, key, policy, times);
    }

    /** {@code times} requests for one key, one after the other, and their decisions in order. */
    public static List<RateLimitDecision> consume(RateLimiter limiter, String key, RateLimitPolicy policy, int times) {
        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            decisions.add(limiter.consume(key, policy));
        }
        return decisions;
    }

    protected static String newKey() {
        return "ip:" + UUID.randomUUID();
    }
}
