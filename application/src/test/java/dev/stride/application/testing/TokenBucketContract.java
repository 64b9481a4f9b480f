package dev.stride.application.testing;

import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket's own arithmetic: full at first, refilled continuously, one token per window / quota. */
public abstract class TokenBucketContract extends RateLimiterContract {

    /** 10 per minute: one token every 6 seconds. */
    protected static final RateLimitPolicy TEN_PER_MINUTE = new RateLimitPolicy("auth", 10, Duration.ofMinutes(1));
    private static final Duration ONE_TOKEN = Duration.ofSeconds(6);

    @Override
    protected final RateLimitAlgorithm algorithm() {
        return RateLimitAlgorithm.TOKEN_BUCKET;
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
    void refusesWithTheTimeToTheNextToken() {
        String key = newKey();
        consume(key, TEN_PER_MINUTE, 10);

        assertThat(limiter.consume(key, TEN_PER_MINUTE)).isEqualTo(RateLimitDecision.rejected(Duration.ofMinutes(1), ONE_TOKEN));
    }

    @Test
    void refillsContinuously() {
        String key = newKey();
        consume(key, TEN_PER_MINUTE, 10);

        clock.advance(ONE_TOKEN);

        assertThat(limiter.consume(key, TEN_PER_MINUTE)).isEqualTo(RateLimitDecision.allowed(0, Duration.ofMinutes(1)));
        assertThat(limiter.consume(key, TEN_PER_MINUTE).allowed()).isFalse();
    }

    @Test
    void isFullAgainOneWindowAfterBeingEmptied() {
        String key = newKey();
        consume(key, TEN_PER_MINUTE, 11);

        clock.advance(Duration.ofMinutes(1));

        assertThat(limiter.consume(key, TEN_PER_MINUTE)).isEqualTo(RateLimitDecision.allowed(9, ONE_TOKEN));
    }
}
