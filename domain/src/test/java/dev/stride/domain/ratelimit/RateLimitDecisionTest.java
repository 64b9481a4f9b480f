package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitDecisionTest {

    @Test
    void refusesImpossibleDecisions() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimitDecision.allowed(-1, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitDecision(true, 1, Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimitDecision.rejected(Duration.ofSeconds(-1), Duration.ZERO));
    }
}
