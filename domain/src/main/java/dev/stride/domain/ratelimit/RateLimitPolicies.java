package dev.stride.domain.ratelimit;

import java.util.Objects;

/**
 * The policies Stride enforces: {@code authenticated} per user, {@code anonymous} per client IP,
 * and {@code auth} per client IP in addition on the login, register and refresh endpoints.
 */
public record RateLimitPolicies(RateLimitPolicy authenticated, RateLimitPolicy anonymous, RateLimitPolicy auth) {

    public RateLimitPolicies {
        Objects.requireNonNull(authenticated, "authenticated");
        Objects.requireNonNull(anonymous, "anonymous");
        Objects.requireNonNull(auth, "auth");
    }
}
