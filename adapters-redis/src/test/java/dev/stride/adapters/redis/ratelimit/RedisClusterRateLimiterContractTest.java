package dev.stride.adapters.redis.ratelimit;

import dev.stride.application.testing.ClockTimeMeter;
import dev.stride.application.testing.RateLimiterContract;
import dev.stride.domain.port.RateLimiter;
import dev.stride.testsupport.TestRedisCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;

/** The rate-limiter contract on a Redis Cluster, in exact mode and with the shipped local share. */
@ParameterizedClass
@EnumSource(RedisClusterRateLimiterContractTest.Mode.class)
class RedisClusterRateLimiterContractTest extends RateLimiterContract {

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
    private RedisRateLimiter limiter;

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        limiter = TestLimiters.clusterLimiter(TestRedisCluster.shared(), TestLimiters.RELAXED_TIMEOUT,
                new ClockTimeMeter(clock), TestLimiters.neverOpening(), new ContentionBackoff(), mode.share);
        limiter.warmUp(); // connects, as the service does at start-up: discovering a cluster outlasts a burst's connect timeout
        return limiter;
    }

    @AfterEach
    void close() {
        limiter.close();
    }
}
