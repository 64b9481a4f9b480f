package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitPolicyTest {

    @Test
    void knowsItsWindowInSeconds() {
        assertThat(new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)).windowSeconds()).isEqualTo(60);
    }

    @Test
    void refusesWhatCouldNotBeAdvertisedOrCounted() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("auth", 0, Duration.ofMinutes(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("auth", 10, Duration.ofMillis(1500)));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("auth", 10, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitPolicy("Auth \"x\"", 10, Duration.ofMinutes(1)));
    }
}
