package dev.stride.domain.port;

import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;

import java.util.List;

/**
 * Counts requests per policy and key, shared by every instance of the service, with the policy's
 * algorithm: token buckets (each starts full and refills continuously at {@code quota} per
 * {@code window}) or sliding windows. A request is taken only when every limit of the policy
 * allows it; a refused request takes nothing from any limit.
 *
 * <p>The count of a policy and key outlives a change of the policy's limits: a changed quota or
 * window applies to what was already counted (a client that used 90 of 100 has 10 left of a new
 * quota of 100, none of a new quota of 50), so changing a limit never hands out fresh requests.
 */
public interface RateLimiter {

    /**
     * Counts one request against every limit of the policy for this key, if all of them allow it.
     *
     * @throws RateLimiterUnavailableException when the counts cannot be reached in time
     */
    RateLimitDecision consume(String key, RateLimitPolicy policy);

    /**
     * Where this key stands in each limit of the policy, in the policy's order, counting nothing.
     *
     * @throws RateLimiterUnavailableException when the counts cannot be reached in time
     */
    List<LimitStanding> standing(String key, RateLimitPolicy policy);
}
