package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.RedisTopology;
import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.TokenBucketContract;
import dev.stride.domain.port.RateLimiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.util.stream.Stream;

/**
 * The rate-limiter contract for token buckets on one Redis server and on a Redis Cluster, counting
 * every request in Redis and with the shipped local share. Not with a larger one: a token bucket
 * writes the tokens it handed out on its own back at its next update, after the bucket in Redis
 * refilled, so once a bucket would have been full again meanwhile it counts them then (README, "Local
 * share"), which the contract's "full again" cases would see.
 */
@ParameterizedClass
@MethodSource("limiters")
class RedisTokenBucketContractTest extends TokenBucketContract {

    @Parameter(0)
    RedisTopology topology;
    @Parameter(1)
    LocalShare localShare;
    private RedisRateLimiter redisLimiter;

    static Stream<Arguments> limiters() {
        return TestLimiters.everyTopologyWith(LocalShare.NONE, TestLimiters.SHIPPED_SHARE);
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
