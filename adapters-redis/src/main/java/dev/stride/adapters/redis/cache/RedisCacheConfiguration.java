package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.StrideRedisProperties;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.domain.port.Cache;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.tracing.MicrometerTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationFilter;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis {@link Cache} in its own Redis role: its own Lettuce client and connection (to
 * {@code stride.cache.redis.*}, else to the state Redis), timeouts, breaker, health
 * ({@link CacheHealth}) and metrics tag ({@link RedisRoleTag}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RedisCacheProperties.class, StrideRedisProperties.class})
public class RedisCacheConfiguration {

    @Bean(destroyMethod = "close")
    CacheRole cacheRole(RedisCacheProperties properties, DataRedisConnectionDetails state,
                        ObjectProvider<ObservationRegistry> observations,
                        StrideRedisProperties redisKeys) {
        ObservationRegistry registry = observations.getIfAvailable();
        ClientResources resources = registry == null ? ClientResources.create()
                : ClientResources.builder().tracing(new MicrometerTracing(registry, RedisRoleTag.CACHE_SERVICE)).build();
        return CacheRole.start(properties, CacheServers.of(properties, state), new CacheKeys(redisKeys.keyPrefix()), resources, true);
    }

    @Bean
    Cache redisCache(CacheRole role, RedisCacheProperties properties, MeterRegistry registry) {
        return role.cache(properties, registry);
    }

    @Bean
    CacheHealth cacheHealth(CacheRole role) {
        return role.health();
    }

    @Bean
    ObservationFilter redisRoleTag() {
        return new RedisRoleTag();
    }

    /** The cache's connection, breaker and tracking, shared by the cache and its health. */
    static final class CacheRole implements AutoCloseable {

        private final CacheConnection connection;
        private final CacheKeys keys;
        private final CircuitBreaker breaker;
        private final TrackedKeys tracking;

        private CacheRole(CacheConnection connection, CacheKeys keys, CircuitBreaker breaker, TrackedKeys tracking) {
            this.connection = connection;
            this.keys = keys;
            this.breaker = breaker;
            this.tracking = tracking;
        }

        static CacheRole start(RedisCacheProperties properties, CacheServers servers, CacheKeys keys,
                               ClientResources resources, boolean ownResources) {
            CacheConnection connection = CacheConnection.to(servers.uris(), servers.cluster(), properties.timeout(),
                    properties.connectTimeout(), resources, ownResources);
            // a single server: writes wait the lag even where this instance does not track, for the others
            TrackedKeys tracking = servers.cluster() ? TrackedKeys.off()
                    : keys.trackedGenerations(properties.timeout(), properties.tracking().lag(), System::nanoTime);
            if (properties.tracking().enabled() && !servers.cluster()) {
                connection.onFirstConnect(tracking::follow);
            }
            return new CacheRole(connection, keys,
                    new CircuitBreaker("the cache", properties.breaker().failureThreshold(), properties.breaker().openFor(),
                            System::nanoTime),
                    tracking);
        }

        RedisCache cache(RedisCacheProperties properties, MeterRegistry registry) {
            return new RedisCache(connection, keys, new JsonCodec(), breaker, new CacheMetrics(registry),
                    new DecodedEntries(properties.localCopiesSize().toBytes(), System::nanoTime), tracking,
                    properties.maxEntriesPerNamespace());
        }

        CacheHealth health() {
            return new CacheHealth(connection, breaker, tracking);
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
