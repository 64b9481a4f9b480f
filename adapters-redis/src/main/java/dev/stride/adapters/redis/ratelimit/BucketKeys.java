package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitPolicy;

/**
 * Names the count of a policy and key: {@code <prefix>rate-limit:<policy>:<key>} for a token bucket
 * (for example {@code stride:rate-limit:authenticated:user:42}), {@code <prefix>rate-limit-sw:<policy>:<key>}
 * for sliding windows. The limits are not part of the name, so that a changed quota or window goes
 * on counting where the old one left off instead of starting a full new bucket; the algorithm is,
 * since the two store different things. Every operation touches one key: Redis Cluster needs no hash tag.
 */
record BucketKeys(String prefix) {

    String of(RateLimitPolicy policy, String key) {
        String kind = policy.algorithm() == RateLimitAlgorithm.TOKEN_BUCKET ? "rate-limit:" : "rate-limit-sw:";
        return prefix + kind + policy.name() + ":" + key;
    }
}
