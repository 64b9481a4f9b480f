package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.SlidingWindowContract;
import dev.stride.domain.port.RateLimiter;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;

class RedisSlidingWindowContractTest extends SlidingWindowContract {

    private RedisRateLimiter redisLimiter;

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        RedisEndpoint redis = TestRedis.shared();
        redisLimiter = TestLimiters.limiter(redis.host(), redis.port(), redis.keyPrefix(), TestLimiters.RELAXED_TIMEOUT,
                new ClockTimeMeter(clock), TestLimiters.neverOpening(), new ContentionBackoff(), TestLimiters.SHIPPED_SHARE);
        return redisLimiter;
    }

    @AfterEach
    void close() {
        redisLimiter.close();
    }
}
