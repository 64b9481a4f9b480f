package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import java.util.Map;

/**
 * Whether the Redis rate limiter is working, for an actuator {@code HealthIndicator} in bootstrap.
 * Degraded means Redis failed repeatedly and is being skipped: requests are passing uncounted
 * (fail-open) or refused (fail-closed) until a probe succeeds.
 */
public final class RateLimiterHealth {

    private final CircuitBreaker breaker;

    RateLimiterHealth(CircuitBreaker breaker) {
        this.breaker = breaker;
    }

    public boolean degraded() {
        return breaker.state() != CircuitBreaker.State.CLOSED;
    }

    /** {@code breaker} (closed, open, half-open), {@code consecutiveFailures} and, after a failure, {@code lastFailure}. */
    public Map<String, Object> details() {
        return breaker.details();
    }
}
