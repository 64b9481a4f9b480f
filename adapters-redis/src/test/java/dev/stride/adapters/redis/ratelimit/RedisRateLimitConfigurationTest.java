package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.StateServerUriTest;
import dev.stride.domain.port.RateLimiter;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RateLimiterUnavailableException;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisRateLimitConfigurationTest {

    private static final RateLimitPolicy POLICY = new RateLimitPolicy("anonymous", 60, Duration.ofMinutes(1));

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RedisRateLimitConfiguration.class);

    @Test
    void countsInTheRedisOfSpringDataRedisUnderTheConfiguredPrefix() {
        RedisEndpoint redis = TestRedis.shared();
        String key = "ip:" + UUID.randomUUID();

        context.withBean(DataRedisConnectionDetails.class, () -> server(redis.host(), redis.port()))
                .withPropertyValues("stride.redis.key-prefix=" + redis.keyPrefix())
                .run(started -> {
                    RateLimiter limiter = started.getBean(RateLimiter.class);

                    assertThat(limiter.consume(key, POLICY).remaining()).isEqualTo(59);
                    assertThat(exists(redis, redis.keyPrefix() + "rate-limit:anonymous:" + key)).isTrue();
                    assertThat(started.getBean(RateLimiterHealth.class).degraded()).isFalse();
                });
    }

    /** Not the default localhost:6379 that Spring Boot reports beside the Sentinel: start-up stops and says why. */
    @Test
    void refusesASentinelStateRedisInsteadOfCountingOnLocalhost() {
        context.withBean(DataRedisConnectionDetails.class, StateServerUriTest::sentinel).run(started ->
                assertThat(started).getFailure().rootCause().hasMessageContaining("not Sentinel"));
    }

    @Test
    void hasShortTimeoutsAndAQuickBreakerByDefault() {
        context.withBean(DataRedisConnectionDetails.class, () -> server("127.0.0.1", 6379)).run(started -> {
            RedisRateLimitProperties properties = started.getBean(RedisRateLimitProperties.class);

            assertThat(properties.timeout()).isEqualTo(Duration.ofMillis(100));
            assertThat(properties.breaker()).isEqualTo(new RedisRateLimitProperties.Breaker(3, Duration.ofSeconds(5)));
        });
    }

    @Test
    void startsWhileRedisIsDownAndReportsTheLimiterUnavailable() {
        DedicatedRedis neverStarted = new DedicatedRedis();

        context.withBean(DataRedisConnectionDetails.class, () -> server(neverStarted.host(), neverStarted.port()))
                .withPropertyValues("stride.rate-limit.redis.breaker.failure-threshold=1")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThatThrownBy(() -> started.getBean(RateLimiter.class).consume("ip:1.2.3.4", POLICY))
                            .isInstanceOf(RateLimiterUnavailableException.class);
                    assertThat(started.getBean(RateLimiterHealth.class).degraded()).isTrue();
                });
    }

    private static DataRedisConnectionDetails server(String host, int port) {
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of(host, port);
            }
        };
    }

    private static boolean exists(RedisEndpoint redis, String key) {
        RedisClient client = RedisClient.create(redis.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().exists(key) == 1;
        } finally {
            client.shutdown();
        }
    }
}
