package dev.stride.application.testing;

import dev.stride.domain.port.RateLimiter;
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
 * What every {@link RateLimiter} must do, written once and run against the in-memory adapter and
 * the Redis one. Bucket time is a {@link MutableClock} the tests move by hand.
 */
public abstract class RateLimiterContract {

    /** 10 per minute: one token every 6 seconds. */
    protected static final RateLimitPolicy TEN_PER_MINUTE = new RateLimitPolicy("auth", 10, Duration.ofMinutes(1));
    private static final Duration ONE_TOKEN = Duration.ofSeconds(6);
    /**
     * For bursts: a token every 72 s. Bucket time stands still in these tests while a store's
     * expiry runs in real time, so the first token must take longer to come back than a burst lasts.
     */
    public static final RateLimitPolicy FIFTY_PER_HOUR = new RateLimitPolicy("authenticated", 50, Duration.ofHours(1));

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private RateLimiter limiter;

    /** A limiter whose buckets run on {@code clock}; called before each test. */
    protected abstract RateLimiter createLimiter(Clock clock);

    @BeforeEach
    void setUp() {
        limiter = createLimiter(clock);
    }

    @Test
    void aBucketStartsFullAndCountsDown() {
        String key = newKey();

        RateLimitDecision first = limiter.consume(key, TEN_PER_MINUTE);
        RateLimitDecision second = limiter.consume(key, TEN_PER_MINUTE);

        assertThat(first).isEqualTo(RateLimitDecision.allowed(9, ONE_TOKEN));
        assertThat(second).isEqualTo(RateLimitDecision.allowed(8, ONE_TOKEN.multipliedBy(2)));
    }

    @Test
    void admitsExactlyTheQuotaThenRefusesWithTheTimeToTheNextToken() {
        String key = newKey();

        assertThat(consume(key, TEN_PER_MINUTE, 10)).allMatch(RateLimitDecision::allowed);
        RateLimitDecision refused = limiter.consume(key, TEN_PER_MINUTE);

        assertThat(refused).isEqualTo(RateLimitDecision.rejected(Duration.ofMinutes(1), ONE_TOKEN));
    }

    @Test
    void refillsContinuouslyAndRefusedRequestsTakeNothing() {
        String key = newKey();
        consume(key, TEN_PER_MINUTE, 10);
        consume(key, TEN_PER_MINUTE, 5);

        clock.advance(ONE_TOKEN);

        assertThat(limiter.consume(key, TEN_PER_MINUTE)).isEqualTo(RateLimitDecision.allowed(0, Duration.ofMinutes(1)));
        assertThat(limiter.consume(key, TEN_PER_MINUTE).allowed()).isFalse();
    }

    @Test
    void isFullAgainOneWindowAfterBeingEmptied() {
        String key = newKey();
        consume(key, TEN_PER_MINUTE, 11);

        clock.advance(Duration.ofMinutes(1));

        assertThat(consume(key, TEN_PER_MINUTE, 11)).extracting(RateLimitDecision::allowed)
                .containsExactly(true, true, true, true, true, true, true, true, true, true, false);
    }

    @Test
    void keysHaveSeparateBuckets() {
        String emptied = newKey();
        consume(emptied, TEN_PER_MINUTE, 10);

        assertThat(limiter.consume(newKey(), TEN_PER_MINUTE)).isEqualTo(RateLimitDecision.allowed(9, ONE_TOKEN));
    }

    @Test
    void policiesHaveSeparateBucketsForTheSameKey() {
        String key = newKey();
        consume(key, TEN_PER_MINUTE, 10);
        RateLimitPolicy otherName = new RateLimitPolicy("anonymous", 10, Duration.ofMinutes(1));
        RateLimitPolicy otherQuota = new RateLimitPolicy("auth", 20, Duration.ofMinutes(1));

        assertThat(limiter.consume(key, otherName).remaining()).isEqualTo(9);
        assertThat(limiter.consume(key, otherQuota).remaining()).as("a changed quota starts a fresh bucket").isEqualTo(19);
    }

    @Test
    void aParallelBurstGetsExactlyTheQuota() throws Exception {
        List<RateLimitDecision> decisions = ParallelBurst.of(List.of(limiter), newKey(), FIFTY_PER_HOUR, 200);

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
