package dev.stride.application.testing;

import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The sliding-window counter's own arithmetic: the previous fixed window weighs by how much of it the sliding window still covers. */
public abstract class SlidingWindowContract extends RateLimiterContract {

    @Override
    protected final RateLimitAlgorithm algorithm() {
        return RateLimitAlgorithm.SLIDING_WINDOW;
    }

    @Test
    void countsTheRequestsOfTheCurrentWindowUntilItEnds() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String key = newKey();
        clock.advance(Duration.ofSeconds(15));

        RateLimitDecision first = limiter.consume(key, tenPerMinute);
        consume(key, tenPerMinute, 9);
        RateLimitDecision refused = limiter.consume(key, tenPerMinute);

        assertThat(first).as("counted until the next window ends").isEqualTo(RateLimitDecision.allowed(9, Duration.ofSeconds(105)));
        // next window: 10 × (1 - x) + 1 ≤ 10 from x = 0.1 on, so 45 s + 6 s from now
        assertThat(refused).isEqualTo(RateLimitDecision.rejected(Duration.ofSeconds(105), Duration.ofSeconds(51)));
    }

    @Test
    void thePreviousWindowWeighsByWhatTheSlidingWindowStillCovers() {
        RateLimitPolicy tenPerMinute = policy("auth", 10, Duration.ofMinutes(1));
        String key = newKey();
        consume(key, tenPerMinute, 10);

        clock.advance(Duration.ofSeconds(90)); // half into the next window: 10 × 1/2 = 5 still count

        assertThat(consume(key, tenPerMinute, 6)).extracting(RateLimitDecision::remaining).containsExactly(4L, 3L, 2L, 1L, 0L, 0L);
    }
}
