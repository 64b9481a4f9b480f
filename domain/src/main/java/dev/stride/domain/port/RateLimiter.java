package dev.stride.domain.port;

import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;

/**
 * Token buckets, one per policy and key, shared by every instance of the service. A bucket starts
 * full ({@code quota} tokens) and refills continuously at {@code quota} per {@code window}.
 */
public interface RateLimiter {

    /**
     * Takes one token from the bucket of this policy and key, if there is one.
     *
     * @throws RateLimiterUnavailableException when the buckets cannot be reached in time
     */
    RateLimitDecision consume(String key, RateLimitPolicy policy);
}
