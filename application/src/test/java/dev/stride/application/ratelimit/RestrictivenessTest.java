package dev.stride.application.ratelimit;

import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RestrictivenessTest {

    private static final RateLimitPolicy A = new RateLimitPolicy("a", 10, Duration.ofMinutes(1));
    private static final RateLimitPolicy B = new RateLimitPolicy("b", 60, Duration.ofMinutes(1));

    private static final RateLimitOutcome A_WITH_5_LEFT = new Allowed(A, RateLimitDecision.allowed(5, Duration.ofSeconds(30)));
    private static final RateLimitOutcome B_WITH_50_LEFT = new Allowed(B, RateLimitDecision.allowed(50, Duration.ofSeconds(10)));
    private static final RateLimitOutcome A_RETRY_IN_6 = new Rejected(A, RateLimitDecision.rejected(Duration.ofMinutes(1), Duration.ofSeconds(6)));
    private static final RateLimitOutcome B_RETRY_IN_1 = new Rejected(B, RateLimitDecision.rejected(Duration.ofMinutes(1), Duration.ofSeconds(1)));

    @Test
    void fewerTokensLeftIsTighterWhicheverComesFirst() {
        assertThat(Restrictiveness.moreRestrictive(A_WITH_5_LEFT, B_WITH_50_LEFT)).isSameAs(A_WITH_5_LEFT);
        assertThat(Restrictiveness.moreRestrictive(B_WITH_50_LEFT, A_WITH_5_LEFT)).isSameAs(A_WITH_5_LEFT);
    }

    @Test
    void theLongerWaitIsTighterAmongRejections() {
        assertThat(Restrictiveness.moreRestrictive(B_RETRY_IN_1, A_RETRY_IN_6)).isSameAs(A_RETRY_IN_6);
    }

    @Test
    void kindsRankAllowedFailedOpenRejectedFailedClosed() {
        RateLimitOutcome failedOpen = new FailedOpen(B);
        RateLimitOutcome failedClosed = new FailedClosed(B);

        assertThat(Restrictiveness.moreRestrictive(A_WITH_5_LEFT, failedOpen)).isSameAs(failedOpen);
        assertThat(Restrictiveness.moreRestrictive(failedOpen, B_RETRY_IN_1)).isSameAs(B_RETRY_IN_1);
        assertThat(Restrictiveness.moreRestrictive(A_RETRY_IN_6, failedClosed)).isSameAs(failedClosed);
    }

    @Test
    void theFirstWinsATie() {
        RateLimitOutcome sameAsA = new Allowed(B, RateLimitDecision.allowed(5, Duration.ofSeconds(30)));

        assertThat(Restrictiveness.moreRestrictive(A_WITH_5_LEFT, sameAsA)).isSameAs(A_WITH_5_LEFT);
    }
}
