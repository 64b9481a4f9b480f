package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SlidingWindowTest {

    private static final RateLimit TEN_PER_MINUTE = new RateLimit(10, Duration.ofMinutes(1));
    private static final long MINUTE = 60_000;
    private static final long START = 1_000 * MINUTE;

    @Test
    void weighsThePreviousWindowByWhatTheSlidingWindowStillCovers() {
        SlidingWindow counts = new SlidingWindow(START, 10, 2);

        // a quarter into the window: 10 × 3/4 + 2 = 9.5, so 0 more fit (9.5 + 1 > 10)
        assertThat(counts.allows(START + MINUTE / 4, TEN_PER_MINUTE)).isFalse();
        assertThat(counts.standing(START + MINUTE / 4, TEN_PER_MINUTE).remaining()).isZero();
        // halfway: 10 × 1/2 + 2 = 7, so 3 more fit
        assertThat(counts.allows(START + MINUTE / 2, TEN_PER_MINUTE)).isTrue();
        assertThat(counts.standing(START + MINUTE / 2, TEN_PER_MINUTE).remaining()).isEqualTo(3);
    }

    @Test
    void tellsWhenTheNextRequestFitsAndWhenTheLimitIsFullAgain() {
        SlidingWindow counts = new SlidingWindow(START, 10, 2);

        // 10 × (1 - e) + 2 + 1 ≤ 10 from e = 0.3 on
        assertThat(counts.untilAllowed(START + MINUTE / 4, TEN_PER_MINUTE)).isEqualTo(Duration.ofSeconds(3));
        assertThat(counts.standing(START + MINUTE / 4, TEN_PER_MINUTE).resetAfter()).as("the 2 of this window weigh until the next one ends")
                .isEqualTo(Duration.ofSeconds(105));
    }

    @Test
    void aFullCurrentWindowWaitsIntoTheNextOne() {
        SlidingWindow counts = new SlidingWindow(START, 0, 10);

        // next window: 10 × (1 - x) + 1 ≤ 10 from x = 0.1 on
        assertThat(counts.untilAllowed(START + MINUTE / 2, TEN_PER_MINUTE)).isEqualTo(Duration.ofSeconds(36));
    }

    @Test
    void rollsForwardOneWindowOrForgetsOlderOnes() {
        assertThat(SlidingWindow.at(START + MINUTE + 5, TEN_PER_MINUTE, START, 4, 7, 10)).isEqualTo(new SlidingWindow(START + MINUTE, 7, 0));
        assertThat(SlidingWindow.at(START + 2 * MINUTE, TEN_PER_MINUTE, START, 4, 7, 10)).isEqualTo(new SlidingWindow(START + 2 * MINUTE, 0, 0));
        assertThat(SlidingWindow.at(START + 5, TEN_PER_MINUTE, START, 4, 7, 10)).isEqualTo(new SlidingWindow(START, 4, 7));
    }

    @Test
    void aChangedQuotaKeepsTheShareAlreadyUsedRoundedAgainstTheClient() {
        assertThat(SlidingWindow.at(START + 5, new RateLimit(5, Duration.ofMinutes(1)), START, 3, 9, 10))
                .isEqualTo(new SlidingWindow(START, 2, 5));
    }

    @Test
    void aChangedWindowKeepsBothCounts() {
        RateLimit tenPerHour = new RateLimit(10, Duration.ofHours(1));
        long hourStart = 600 * MINUTE;

        assertThat(SlidingWindow.at(hourStart + 30 * MINUTE, tenPerHour, hourStart + 29 * MINUTE, 4, 7, 10))
                .isEqualTo(new SlidingWindow(hourStart, 4, 7));
    }
}
