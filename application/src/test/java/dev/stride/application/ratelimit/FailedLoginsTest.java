package dev.stride.application.ratelimit;

import dev.stride.application.testing.InMemoryRateLimiter;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.TestRateLimits;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import dev.stride.domain.ratelimit.TooManyFailedLoginsException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FailedLoginsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private final List<String> lockouts = new ArrayList<>();
    private final FailedLogins failedLogins = new FailedLogins(new InMemoryRateLimiter(clock), () -> TestRateLimits.SHIPPED,
            OnLimiterFailure.FAIL_OPEN, (account, sourceIp) -> lockouts.add(account));

    @Test
    void twentyFailuresLockTheAccountWhateverTheCaseOfItsEmailAndTellWhoListens() {
        for (int i = 0; i < 20; i++) {
            failedLogins.requireAttemptsLeft("ann@example.org");
            failedLogins.failed(i % 2 == 0 ? "ann@example.org" : " ANN@example.org");
        }

        assertThatThrownBy(() -> failedLogins.requireAttemptsLeft("Ann@Example.org"))
                .isInstanceOfSatisfying(TooManyFailedLoginsException.class, e ->
                        assertThat(e.retryAfter()).as("one attempt back every 15 min / 20").isEqualTo(Duration.ofSeconds(45)));
        assertThat(lockouts).containsExactly("ann@example.org");
        assertThatCode(() -> failedLogins.requireAttemptsLeft("bob@example.org")).as("other accounts are untouched").doesNotThrowAnyException();
    }

    @Test
    void aLockedAccountGetsAnAttemptBackAsTheWindowSlides() {
        for (int i = 0; i < 20; i++) {
            failedLogins.failed("ann@example.org");
        }

        clock.advance(Duration.ofSeconds(45));

        assertThatCode(() -> failedLogins.requireAttemptsLeft("ann@example.org")).doesNotThrowAnyException();
    }

    @Test
    void failsOpenOrClosedAsConfigured() {
        RateLimiter down = new RateLimiter() {
            @Override
            public RateLimitDecision consume(String key, RateLimitPolicy policy) {
                throw new RateLimiterUnavailableException("down");
            }

            @Override
            public List<LimitStanding> standing(String key, RateLimitPolicy policy) {
                throw new RateLimiterUnavailableException("down");
            }
        };
        FailedLogins open = new FailedLogins(down, () -> TestRateLimits.SHIPPED, OnLimiterFailure.FAIL_OPEN, (account, sourceIp) -> lockouts.add(account));
        FailedLogins closed = new FailedLogins(down, () -> TestRateLimits.SHIPPED, OnLimiterFailure.FAIL_CLOSED, (account, sourceIp) -> lockouts.add(account));

        assertThatCode(() -> {
            open.requireAttemptsLeft("ann@example.org");
            open.failed("ann@example.org");
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> closed.requireAttemptsLeft("ann@example.org")).isInstanceOf(RateLimiterUnavailableException.class);
    }
}
