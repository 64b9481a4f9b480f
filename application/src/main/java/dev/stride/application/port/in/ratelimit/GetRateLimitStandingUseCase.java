package dev.stride.application.port.in.ratelimit;

import dev.stride.domain.ratelimit.RateLimiterUnavailableException;

import java.util.List;

/** The caller's standing in every policy that applies to it, counting nothing (GitHub's {@code GET /rate_limit}). */
public interface GetRateLimitStandingUseCase {

    /** @throws RateLimiterUnavailableException when the counts cannot be read */
    List<PolicyStanding> standing(RateLimitRequest caller);
}
