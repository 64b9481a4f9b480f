package dev.stride.adapters.redis.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the rate limiter talks to Redis ({@code stride.rate-limit.redis.*}). The server is Spring
 * Boot's {@code spring.data.redis.*}, the key prefix the shared {@code stride.redis.key-prefix};
 * the policies ({@code stride.rate-limit.*}) belong to the use case, not to this adapter.
 *
 * @param timeout        longest a request waits for its bucket, retries included; short, the breaker does the rest
 * @param connectTimeout longest the first request waits for the connection to Redis
 * @param breaker        when to stop calling a failing Redis, and for how long
 * @param cachedBuckets  how many counts (token buckets, sliding windows) keep their per-instance batching and local share, each kind (see {@code RecentCounts})
 * @param localShare     how much of each quota an instance hands out before it writes back to Redis
 */
@ConfigurationProperties("stride.rate-limit.redis")
record RedisRateLimitProperties(
        @DefaultValue("100ms") Duration timeout,
        @DefaultValue("500ms") Duration connectTimeout,
        @DefaultValue Breaker breaker,
        @DefaultValue("10000") int cachedBuckets,
        @DefaultValue @NestedConfigurationProperty LocalShare localShare) {

    /**
     * @param failureThreshold failures in a row that open the breaker
     * @param openFor          how long an open breaker skips Redis before one request probes it again
     */
    record Breaker(@DefaultValue("3") int failureThreshold, @DefaultValue("5s") Duration openFor) {
    }
}
