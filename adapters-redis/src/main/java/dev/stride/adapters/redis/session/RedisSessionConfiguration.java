package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.StateServerUri;
import dev.stride.adapters.redis.StrideRedisProperties;
import dev.stride.adapters.redis.tracking.TrackingConnection;
import dev.stride.domain.port.SessionStore;
import io.lettuce.core.resource.ClientResources;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The Redis {@link SessionStore}, on the application's Lettuce connection (spring-data-redis), with
 * access-token cutoffs tracked on a connection of their own to a single state server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StrideRedisProperties.class)
public class RedisSessionConfiguration {

    private static final String CLIENT_NAME = "stride-revocations";
    /**
     * How long a revocation (logout everywhere, a password change, a closed account) waits before it is
     * acknowledged, so that the per-request check may rely on a fence up to that old (TrackedKeys): rare
     * requests a little slower, every other request without a round trip to Redis.
     */
    private static final Duration REVOCATION_LAG = Duration.ofMillis(100);

    @Bean(destroyMethod = "close")
    TrackingConnection cutoffTracking(StrideRedisProperties redisKeys, DataRedisConnectionDetails state,
                                      DataRedisProperties redis, ClientResources resources) {
        DataRedisConnectionDetails.Standalone server = StateServerUri.singleServer(state);
        if (!redisKeys.revocationTracking() || server == null) {
            return TrackingConnection.none();
        }
        Duration timeout = redis.getTimeout() == null ? Duration.ofSeconds(1) : redis.getTimeout();
        Duration connectTimeout = redis.getConnectTimeout() == null ? timeout : redis.getConnectTimeout();
        return TrackingConnection.to(
                StateServerUri.of(state, server.getHost(), server.getPort(), server.getDatabase(), CLIENT_NAME), resources,
                timeout, connectTimeout, new SessionKeys(redisKeys.keyPrefix()).trackedCutoffs(timeout, REVOCATION_LAG, System::nanoTime));
    }

    @Bean
    SessionStore sessionStore(StringRedisTemplate redis, Clock clock, StrideRedisProperties redisKeys,
                              TrackingConnection cutoffTracking) {
        return new RedisSessionStore(redis, new SessionKeys(redisKeys.keyPrefix()), cutoffTracking, clock);
    }
}
