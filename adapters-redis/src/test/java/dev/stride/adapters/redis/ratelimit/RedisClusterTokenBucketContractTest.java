package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.TokenBucketContract;
import dev.stride.domain.port.RateLimiter;
import dev.stride.testsupport.TestRedisCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;

/** The rate-limiter contract for token buckets on a Redis Cluster, in exact mode and with the shipped local share. */
@ParameterizedClass
@EnumSource(RedisClusterTokenBucketContractTest.Mode.class)
class RedisClusterTokenBucketContractTest extends TokenBucketContract {

    enum Mode {
        EXACT(LocalShare.NONE),
        LOCAL_SHARE(TestLimiters.SHIPPED_SHARE);

        private final LocalShare share;

        Mode(LocalShare share) {
            this.share = share;
        }
    }

    @Parameter
    Mode mode;
    private RedisRateLimiter clusterLimiter;

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        clusterLimiter = TestLimiters.clusterLimiter(TestRedisCluster.shared(), TestLimiters.RELAXED_TIMEOUT,
                new ClockTimeMeter(clock), TestLimiters.neverOpening(), new ContentionBackoff(), mode.share);
        clusterLimiter.warmUp(); // connects, as the service does at start-up: discovering a cluster outlasts a burst's connect timeout
        return clusterLimiter;
    }

    @AfterEach
    void close() {
        clusterLimiter.close();
    }
}
