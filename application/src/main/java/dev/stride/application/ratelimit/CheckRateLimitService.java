package dev.stride.application.ratelimit;

import dev.stride.application.port.in.ratelimit.CheckRateLimitUseCase;
import dev.stride.application.port.in.ratelimit.GetRateLimitStandingUseCase;
import dev.stride.application.port.in.ratelimit.PolicyStanding;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Allowed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedClosed;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.FailedOpen;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome.Rejected;
import dev.stride.application.port.in.ratelimit.RateLimitOutcome;
import dev.stride.application.port.in.ratelimit.RateLimitRequest;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Picks the counts a request is charged in: on login, register and refresh the stricter per-IP
 * {@code auth} policy, then every named policy bound to its route, then the general one (its
 * user's when authenticated, its client IP's otherwise). Every one that applies is charged; the
 * outcome names the most restrictive.
 */
public final class CheckRateLimitService implements CheckRateLimitUseCase, GetRateLimitStandingUseCase {

    private final RateLimiter limiter;
    private final Supplier<RateLimitPolicies> policies;
    private final OnLimiterFailure onFailure;

    public CheckRateLimitService(RateLimiter limiter, Supplier<RateLimitPolicies> policies, OnLimiterFailure onFailure) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    @Override
    public RateLimitOutcome check(RateLimitRequest request) {
        RateLimitOutcome decisive = null;
        for (Count count : countsOf(request, policies.get())) {
            RateLimitOutcome outcome = charge(count);
            decisive = decisive == null ? outcome : Restrictiveness.moreRestrictive(decisive, outcome);
            if (!outcome.permitted()) {
                break; // a refused request takes nothing from the counts not yet charged
            }
        }
        return decisive;
    }

    /** The general policy, the auth policy of the client IP, and every named policy, as they stand for this caller. */
    @Override
    public List<PolicyStanding> standing(RateLimitRequest caller) {
        RateLimitPolicies current = policies.get();
        List<Count> counts = new ArrayList<>();
        counts.add(general(caller, current));
        counts.add(new Count(current.auth(), caller.ipKey()));
        current.named().values().stream()
                .sorted(Comparator.comparing(RateLimitPolicy::name))
                .forEach(policy -> counts.add(new Count(policy, caller.callerKey())));
        return counts.stream().map(count -> new PolicyStanding(count.policy(), limiter.standing(count.key(), count.policy()))).toList();
    }

    /** The stricter ones first, so that a request they refuse does not also drain the general quota. */
    private static List<Count> countsOf(RateLimitRequest request, RateLimitPolicies current) {
        List<Count> counts = new ArrayList<>();
        if (request.authEndpoint()) {
            counts.add(new Count(current.auth(), request.ipKey()));
        }
        for (RateLimitPolicy route : current.forRoute(request.method(), request.path())) {
            counts.add(new Count(route, request.callerKey()));
        }
        counts.add(general(request, current));
        return counts;
    }

    private static Count general(RateLimitRequest request, RateLimitPolicies current) {
        return new Count(request.userId() == null ? current.anonymous() : current.authenticated(), request.callerKey());
    }

    private RateLimitOutcome charge(Count count) {
        try {
            RateLimitDecision decision = limiter.consume(count.key(), count.policy());
            return decision.allowed() ? new Allowed(count.policy(), decision) : new Rejected(count.policy(), decision);
        } catch (RateLimiterUnavailableException e) {
            return onFailure == OnLimiterFailure.FAIL_OPEN ? new FailedOpen(count.policy()) : new FailedClosed(count.policy());
        }
    }

    private record Count(RateLimitPolicy policy, String key) {
    }
}
