package dev.stride.application.port.in.ratelimit;

import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.util.List;

/**
 * Where a caller stands in one policy.
 *
 * @param limits one per limit of the policy, in its order
 */
public record PolicyStanding(RateLimitPolicy policy, List<LimitStanding> limits) {

    public PolicyStanding {
        limits = List.copyOf(limits);
        if (limits.size() != policy.limits().size()) {
            throw new IllegalArgumentException("a standing per limit of policy " + policy.name() + ", got " + limits.size());
        }
    }
}
