package dev.stride.application.port.in.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicies;

/** Puts changed rate-limit policies in force at once, without a restart. */
public interface ReloadRateLimitPoliciesUseCase {

    /** The next request is counted under {@code configured}; counts already made go on under the new limits. */
    void reload(RateLimitPolicies configured);
}
