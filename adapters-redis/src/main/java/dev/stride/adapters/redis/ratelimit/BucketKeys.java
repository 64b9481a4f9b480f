package dev.stride.adapters.redis.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicy;

/**
 * Names a bucket {@code <prefix>rate-limit:<policy>:<quota>/<window s>:<key>}, for example
 * {@code stride:rate-limit:authenticated:100/60:user:42}. Quota and window are part of the name so
 * that a changed policy starts fresh buckets instead of inheriting ones shaped by the old one.
 */
record BucketKeys(String prefix) {

    String of(RateLimitPolicy policy, String key) {
        return prefix + "rate-limit:" + policy.name() + ":" + policy.quota() + "/" + policy.windowSeconds() + ":" + key;
    }
}
