package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.RedisTopology;
import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.SlidingWindowContract;
import dev.stride.domain.port.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.util.stream.Stream;

/**
 * The rate-limiter contract for sliding windows (one script on one key, whichever node holds it) on
 * one Redis server and on a Redis Cluster, counting every request in Redis and with a local share
 * large enough for the contract's small quotas: the contract holds either way, since on one
 * instance a share is exact.
 */
@ParameterizedClass
@MethodSource("limiters")
class RedisSlidingWindowContractTest extends SlidingWindowContract {

    @Parameter(0)
    RedisTopology topology;
    @Parameter(1)
    LocalShare localShare;
    private RedisRateLimiter redisLimiter;

    static Stream<Arguments> limiters() {
        return TestLimiters.everyTopologyWith(LocalShare.NONE, TestLimiters.GENEROUS_SHARE);
    }

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        redisLimiter = TestLimiters.on(topology, new ClockTimeMeter(clock), localShare);
        return redisLimiter;
    }

    @AfterEach
    void close() {
        redisLimiter.close();
    }
}
