package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.domain.port.RateLimiter;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limiter on Redis: a {@link RateLimiter} bean and its {@link RateLimiterHealth}. It uses a
 * Lettuce client of its own, on the server of {@code spring.data.redis.*}, with shorter timeouts
 * than the application's connection and commands refused while disconnected, so that a slow or
 * absent Redis never holds requests up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisRateLimitProperties.class)
public class RedisRateLimitConfiguration {

    @Bean
    CircuitBreaker rateLimitCircuitBreaker(RedisRateLimitProperties properties) {
        return new CircuitBreaker("rate limiting", properties.breaker().failureThreshold(), properties.breaker().openFor(), System::nanoTime);
    }

    @Bean
    RateLimiterHealth rateLimiterHealth(CircuitBreaker rateLimitCircuitBreaker) {
        return new RateLimiterHealth(rateLimitCircuitBreaker);
    }

    @Bean
    RateLimiter rateLimiter(DataRedisConnectionDetails redis, ObjectProvider<ClientResources> sharedResources,
                            RedisRateLimitProperties properties, CircuitBreaker rateLimitCircuitBreaker,
                            @Value("${stride.redis.key-prefix:stride:}") String keyPrefix) {
        RedisClient client = dedicatedClient(redisUri(redis, properties), properties, sharedResources.getIfAvailable());
        RedisBuckets buckets = new RedisBuckets(client, properties.connectTimeout(), properties.timeout(),
                TimeMeter.SYSTEM_MILLISECONDS, new ContentionBackoff(), properties.localShare(), properties.cachedBuckets());
        RedisRateLimiter limiter = new RedisRateLimiter(buckets, new RedisSlidingWindows(buckets::commands, TimeMeter.SYSTEM_MILLISECONDS),
                new BucketKeys(keyPrefix), rateLimitCircuitBreaker);
        Thread.ofVirtual().name("rate-limit-warm-up").start(limiter::warmUp);
        return limiter;
    }

    static RedisClient dedicatedClient(RedisURI uri, RedisRateLimitProperties properties, ClientResources sharedResources) {
        RedisClient client = sharedResources == null ? RedisClient.create(uri) : RedisClient.create(sharedResources, uri);
        client.setOptions(ClientOptions.builder()
                .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(properties.connectTimeout()).build())
                // While reconnecting, fail at once instead of queueing commands until they time out.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        return client;
    }

    private static RedisURI redisUri(DataRedisConnectionDetails redis, RedisRateLimitProperties properties) {
        DataRedisConnectionDetails.Standalone server = redis.getStandalone();
        if (server == null) {
            throw new IllegalStateException("Rate limiting needs a standalone Redis (spring.data.redis.host/port or url)");
        }
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(server.getHost())
                .withPort(server.getPort())
                .withDatabase(server.getDatabase())
                .withSsl(redis.getSslBundle() != null) // trusts the JVM's CA certificates, not the bundle's
                .withTimeout(properties.connectTimeout()) // how long connect() waits; commands use TimeoutOptions
                .withClientName("stride-rate-limit");
        if (redis.getPassword() != null) {
            uri = redis.getUsername() == null
                    ? uri.withPassword(redis.getPassword().toCharArray())
                    : uri.withAuthentication(redis.getUsername(), redis.getPassword().toCharArray());
        }
        return uri.build();
    }
}
