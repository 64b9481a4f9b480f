package dev.stride.application.ratelimit;

import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.application.port.in.RateLimitOutcome;
import dev.stride.application.port.in.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.RateLimitRequest;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;

import java.util.List;
import java.util.Objects;

/**
 * Picks the buckets a request is counted in: its user's when authenticated, its client IP's
 * otherwise, and on login, register and refresh also the stricter per-IP {@code auth} bucket.
 */
public final class CheckRateLimitService implements CheckRateLimitUseCase {

    private final RateLimiter limiter;
    private final RateLimitPolicies policies;
    private final OnLimiterFailure onFailure;

    public CheckRateLimitService(RateLimiter limiter, RateLimitPolicies policies, OnLimiterFailure onFailure) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    @Override
    public RateLimitOutcome check(RateLimitRequest request) {
        RateLimitOutcome decisive = null;
        for (Bucket bucket : bucketsOf(request)) {
            RateLimitOutcome outcome = count(bucket);
            decisive = decisive == null ? outcome : Restrictiveness.moreRestrictive(decisive, outcome);
            if (!outcome.permitted()) {
                break; // a refused request takes no token from the buckets not yet counted
            }
        }
        return decisive;
    }

    /** The stricter auth bucket first, so refused brute-force attempts do not also drain the IP's general quota. */
    private List<Bucket> bucketsOf(RateLimitRequest request) {
        String ipKey = "ip:" + request.clientIp();
        Bucket general = request.userId() == null
                ? new Bucket(policies.anonymous(), ipKey)
                : new Bucket(policies.authenticated(), "user:" + request.userId());
        return request.authEndpoint() ? List.of(new Bucket(policies.auth(), ipKey), general) : List.of(general);
    }

    private RateLimitOutcome count(Bucket bucket) {
        try {
            RateLimitDecision decision = limiter.consume(bucket.key(), bucket.policy());
            return decision.allowed() ? new Allowed(bucket.policy(), decision) : new Rejected(bucket.policy(), decision);
        } catch (RateLimiterUnavailableException e) {
            return onFailure == OnLimiterFailure.FAIL_OPEN ? new FailedOpen(bucket.policy()) : new FailedClosed(bucket.policy());
        }
    }

    private record Bucket(RateLimitPolicy policy, String key) {
    }
}
