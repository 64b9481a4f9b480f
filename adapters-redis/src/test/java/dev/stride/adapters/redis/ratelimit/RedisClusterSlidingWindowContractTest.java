package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.SlidingWindowContract;
import dev.stride.domain.port.RateLimiter;
import dev.stride.testsupport.TestRedisCluster;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;

/** The rate-limiter contract for sliding windows on a Redis Cluster: one script, one key, whichever node holds it. */
class RedisClusterSlidingWindowContractTest extends SlidingWindowContract {

    private RedisRateLimiter clusterLimiter;

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        clusterLimiter = TestLimiters.clusterLimiter(TestRedisCluster.shared(), TestLimiters.RELAXED_TIMEOUT,
                new ClockTimeMeter(clock), TestLimiters.neverOpening(), new ContentionBackoff(), LocalShare.NONE);
        clusterLimiter.warmUp(); // connects, as the service does at start-up: discovering a cluster outlasts a burst's connect timeout
        return clusterLimiter;
    }

    @AfterEach
    void close() {
        clusterLimiter.close();
    }
}
