package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.FailFastClientOptions;
import dev.stride.adapters.redis.StateServerUri;
import dev.stride.adapters.redis.StrideRedisProperties;
import dev.stride.domain.port.RateLimiter;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The rate limiter on Redis: a {@link RateLimiter} bean and its {@link RateLimiterHealth}. It uses a
 * Lettuce client of its own, on the server or cluster of {@code spring.data.redis.*}, with shorter timeouts
 * than the application's connection and commands refused while disconnected, so that a slow or
 * absent Redis never holds requests up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RedisRateLimitProperties.class, StrideRedisProperties.class})
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
                            StrideRedisProperties redisKeys) {
        RedisRateLimiter limiter = limiter(dedicatedClient(redis, properties, sharedResources.getIfAvailable()), properties,
                TimeMeter.SYSTEM_MILLISECONDS, new ContentionBackoff(), new BucketKeys(redisKeys.keyPrefix()), rateLimitCircuitBreaker);
        Thread.ofVirtual().name("rate-limit-warm-up").start(limiter::warmUp);
        return limiter;
    }

    /** The limiter's parts on its client: its connection, token buckets and sliding windows, each with the local share. */
    static RedisRateLimiter limiter(LimiterClient client, RedisRateLimitProperties properties, TimeMeter time,
                                    ContentionBackoff contention, BucketKeys keys, CircuitBreaker breaker) {
        LimiterConnection connection = new LimiterConnection(client, properties.connectTimeout(), properties.timeout(), time, contention,
                properties.localShare().syncInterval());
        RedisBuckets buckets = new RedisBuckets(connection, time, properties.localShare(), properties.cachedBuckets());
        RedisSlidingWindows windows = new RedisSlidingWindows(new SlidingWindowScript(connection::commands), time,
                properties.localShare(), properties.cachedBuckets(), properties.timeout());
        return new RedisRateLimiter(buckets, windows, keys, breaker, connection);
    }

    /** On the cluster of {@code spring.data.redis.cluster.nodes} when there is one, else on the standalone server. */
    static LimiterClient dedicatedClient(DataRedisConnectionDetails redis, RedisRateLimitProperties properties,
                                         ClientResources sharedResources) {
        if (redis.getCluster() != null) {
            List<RedisURI> nodes = redis.getCluster().getNodes().stream()
                    .map(node -> redisUri(redis, node.host(), node.port(), 0, properties)).toList();
            return LimiterClient.cluster(nodes, clientOptions(properties), sharedResources);
        }
        DataRedisConnectionDetails.Standalone server = StateServerUri.singleServer(redis);
        if (server == null) {
            throw new IllegalStateException("Rate limiting needs a standalone Redis or a Redis Cluster, not Sentinel or master/replica");
        }
        return LimiterClient.standalone(redisUri(redis, server.getHost(), server.getPort(), server.getDatabase(), properties),
                clientOptions(properties), sharedResources);
    }

    static ClientOptions clientOptions(RedisRateLimitProperties properties) {
        return FailFastClientOptions.of(properties.timeout(), properties.connectTimeout());
    }

    private static RedisURI redisUri(DataRedisConnectionDetails redis, String host, int port, int database,
                                     RedisRateLimitProperties properties) {
        RedisURI uri = StateServerUri.of(redis, host, port, database, "stride-rate-limit");
        uri.setTimeout(properties.connectTimeout()); // how long connect() waits; commands use TimeoutOptions
        return uri;
    }
}
