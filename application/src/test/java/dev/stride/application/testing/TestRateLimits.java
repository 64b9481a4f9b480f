package dev.stride.application.testing;

import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.time.Clock;
import java.time.Duration;

/** Rate limits as they ship, for tests of the use cases that count against them. */
public final class TestRateLimits {

    /** The defaults of {@code stride.rate-limit.policies.*}. */
    public static final RateLimitPolicies SHIPPED = new RateLimitPolicies(
            new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)),
            new RateLimitPolicy("anonymous", 60, Duration.ofMinutes(1)),
            new RateLimitPolicy("auth", 10, Duration.ofMinutes(1)),
            new RateLimitPolicy("failed-login", 20, Duration.ofMinutes(15)));

    private TestRateLimits() {
    }

    /** The shipped failed-login policy, counted in memory on {@code clock}. */
    public static FailedLogins failedLogins(Clock clock) {
        return new FailedLogins(new InMemoryRateLimiter(clock), () -> SHIPPED, OnLimiterFailure.FAIL_OPEN, (account, sourceIp) -> {
        });
    }
}
