package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimitDecisionTest {

    @Test
    void refusesImpossibleDecisions() {
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimitDecision.allowed(-1, Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitDecision(true, 0, 1, Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> RateLimitDecision.rejected(Duration.ofSeconds(-1), Duration.ZERO));
    }

    @Test
    void isToldByTheLimitClosestToRefusing() {
        List<LimitStanding> standings = List.of(
                new LimitStanding(15, Duration.ofSeconds(12)), new LimitStanding(3, Duration.ofHours(20)));

        assertThat(RateLimitDecision.of(true, standings, Duration.ZERO))
                .isEqualTo(new RateLimitDecision(true, 1, 3, Duration.ofHours(20), Duration.ZERO));
    }

    @Test
    void onATieTheLimitThatTakesLongerToRefillDecides() {
        List<LimitStanding> standings = List.of(
                new LimitStanding(0, Duration.ofSeconds(60)), new LimitStanding(0, Duration.ofDays(1)));

        assertThat(RateLimitDecision.of(false, standings, Duration.ofSeconds(3)))
                .isEqualTo(new RateLimitDecision(false, 1, 0, Duration.ofDays(1), Duration.ofSeconds(3)));
    }
}
