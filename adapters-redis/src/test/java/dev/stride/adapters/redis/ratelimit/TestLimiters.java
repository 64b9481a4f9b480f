package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;

import java.time.Clock;
import java.time.Duration;

/** Builds Redis limiters the way {@link RedisRateLimitConfiguration} does, with the parts tests need to see or steer. */
final class TestLimiters {

    /** Event loops shared by every test limiter, as the service shares Spring's; a client of its own would start and stop its own. */
    private static final ClientResources RESOURCES = DefaultClientResources.create();

    /** The default of {@code stride.rate-limit.redis.connect-timeout}. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    /** Generous, so that a busy build machine never turns a correctness test into a timeout. */
    static final Duration RELAXED_TIMEOUT = Duration.ofSeconds(5);

    private TestLimiters() {
    }

    /** The defaults of {@code stride.rate-limit.redis.local-share.*}: what ships. */
    static final LocalShare SHIPPED_SHARE = new LocalShare(0.05, Duration.ofSeconds(1));

    static RedisRateLimiter limiter(String host, int port, String keyPrefix, Duration timeout, TimeMeter time,
                                    CircuitBreaker breaker, ContentionBackoff backoff, LocalShare localShare) {
        RedisRateLimitProperties properties = new RedisRateLimitProperties(timeout, CONNECT_TIMEOUT,
                new RedisRateLimitProperties.Breaker(3, Duration.ofMinutes(1)), 10_000, localShare);
        RedisBuckets buckets = new RedisBuckets(
                RedisRateLimitConfiguration.dedicatedClient(RedisURI.create(host, port), properties, RESOURCES),
                properties.connectTimeout(), properties.timeout(), time, backoff, localShare, properties.cachedBuckets());
        return new RedisRateLimiter(buckets, new RedisSlidingWindows(buckets::commands, time), new BucketKeys(keyPrefix), breaker);
    }

    /** On the shared test Redis, counting on {@code clock}, as shipped: for the port's contract tests. */
    static RedisRateLimiter onSharedRedis(Clock clock) {
        RedisEndpoint redis = TestRedis.shared();
        return limiter(redis.host(), redis.port(), redis.keyPrefix(), RELAXED_TIMEOUT, new ClockTimeMeter(clock), neverOpening(),
                new ContentionBackoff(), SHIPPED_SHARE);
    }

    /** A breaker that never opens: for tests about counting, not about failures. */
    static CircuitBreaker neverOpening() {
        return new CircuitBreaker("rate limiting", Integer.MAX_VALUE, Duration.ZERO, System::nanoTime);
    }
}
