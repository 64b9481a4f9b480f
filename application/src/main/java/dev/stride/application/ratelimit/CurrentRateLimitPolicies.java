package dev.stride.application.ratelimit;

import dev.stride.application.port.in.ratelimit.ReloadRateLimitPoliciesUseCase;
import dev.stride.domain.ratelimit.RateLimitPolicies;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The policies in force, replaced as a whole when they are reloaded: a request sees either the old
 * set or the new one. Counts are kept per policy name and key by the limiter, so a reload changes
 * the limits of existing counts rather than starting fresh ones.
 */
public final class CurrentRateLimitPolicies implements Supplier<RateLimitPolicies>, ReloadRateLimitPoliciesUseCase {

    private volatile RateLimitPolicies current;

    public CurrentRateLimitPolicies(RateLimitPolicies initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    @Override
    public RateLimitPolicies get() {
        return current;
    }

    @Override
    public void reload(RateLimitPolicies configured) {
        current = Objects.requireNonNull(configured, "configured");
    }
}
