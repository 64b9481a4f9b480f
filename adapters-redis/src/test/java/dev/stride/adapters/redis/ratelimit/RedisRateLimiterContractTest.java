package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.RateLimiterContract;
import dev.stride.domain.port.RateLimiter;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;

class RedisRateLimiterContractTest extends RateLimiterContract {

    private RedisRateLimiter limiter;

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        RedisEndpoint redis = TestRedis.shared();
        limiter = TestLimiters.limiter(redis.host(), redis.port(), redis.keyPrefix(), TestLimiters.RELAXED_TIMEOUT,
                new ClockTimeMeter(clock), TestLimiters.neverOpening(), new ContentionBackoff(), TestLimiters.SHIPPED_SHARE);
        return limiter;
    }

    @AfterEach
    void close() {
        limiter.close();
    }
}
