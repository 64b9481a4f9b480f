package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitPolicyTest {

    @Test
    void knowsItsWindowInSeconds() {
        assertThat(new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)).limits().getFirst().windowSeconds()).isEqualTo(60);
    }

    @Test
    void refusesWhatCouldNotBeAdvertisedOrCounted() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("auth", 0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("auth", 10, Duration.ofMillis(1500)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("auth", 10, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("Auth \"x\"", 10, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("writes", List.of(), RateLimitAlgorithm.TOKEN_BUCKET));
    }

    @Test
    void namesEachOfSeveralLimitsByItsWindowShortestFirst() {
        RateLimitPolicy writes = new RateLimitPolicy("writes", List.of(
                new RateLimit(1000, Duration.ofDays(1)), new RateLimit(20, Duration.ofMinutes(1)), new RateLimit(90, Duration.ofSeconds(90))),
                RateLimitAlgorithm.TOKEN_BUCKET);

        assertThat(writes.limits()).extracting(RateLimit::quota).containsExactly(20L, 90L, 1000L);
        assertThat(List.of(writes.limitName(0), writes.limitName(1), writes.limitName(2))).containsExactly("writes-1m", "writes-90s", "writes-1d");
        assertThat(new RateLimitPolicy("auth", 10, Duration.ofMinutes(1)).limitName(0)).as("one limit: the policy's name").isEqualTo("auth");
    }

    @Test
    void refusesTwoLimitsOnOneWindowSinceTheyCouldNotBeToldApart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("writes", List.of(
                new RateLimit(20, Duration.ofMinutes(1)), new RateLimit(30, Duration.ofSeconds(60))), RateLimitAlgorithm.SLIDING_WINDOW));
    }
}
