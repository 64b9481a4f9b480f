package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.SlidingWindowContract;
import dev.stride.domain.port.RateLimiter;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;

class RedisSlidingWindowContractTest extends SlidingWindowContract {

    private RedisRateLimiter redisLimiter;

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        redisLimiter = TestLimiters.onSharedRedis(clock);
        return redisLimiter;
    }

    @AfterEach
    void close() {
        redisLimiter.close();
    }
}
