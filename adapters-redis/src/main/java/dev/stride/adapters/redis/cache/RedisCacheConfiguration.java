package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.domain.port.Cache;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** The Redis {@link Cache}, on the application's Lettuce connection (spring-data-redis). */
@Configuration(proxyBeanMethods = false)
public class RedisCacheConfiguration {

    @Bean
    Cache redisCache(StringRedisTemplate redis, MeterRegistry registry,
                     @Value("${stride.redis.key-prefix:stride:}") String keyPrefix,
                     @Value("${stride.cache.breaker.failure-threshold:3}") int failureThreshold,
                     @Value("${stride.cache.breaker.open-for:2s}") Duration openFor,
                     @Value("${stride.cache.local-copies-size:8MB}") DataSize localCopies,
                     @Value("${stride.cache.tracking.enabled:true}") boolean tracking,
                     @Value("${stride.cache.tracking.window:100ms}") Duration window) {
        RedisConnectionFactory factory = redis.getRequiredConnectionFactory();
        CacheKeys keys = new CacheKeys(keyPrefix);
        return new RedisCache(redis, keys, new JsonCodec(),
                new CircuitBreaker("the cache", failureThreshold, openFor, System::nanoTime), new CacheMetrics(registry),
                new DecodedEntries(localCopies.toBytes(), System::nanoTime),
                tracking ? new GenerationTracking(() -> sharedConnection(factory), keys, window, System::nanoTime)
                        : GenerationTracking.off());
    }

    /**
     * The one Lettuce connection spring-data-redis shares between all plain commands, the cache's
     * and the session store's alike (null when sharing is off, or for a cluster).
     */
    @SuppressWarnings("unchecked")
    static StatefulRedisConnection<byte[], byte[]> sharedConnection(RedisConnectionFactory factory) {
        if (!(factory instanceof LettuceConnectionFactory lettuce) || !lettuce.getShareNativeConnection()) {
            return null;
        }
        try (RedisConnection connection = lettuce.getConnection()) {
            return connection.getNativeConnection() instanceof RedisAsyncCommands<?, ?> commands
                    ? (StatefulRedisConnection<byte[], byte[]>) commands.getStatefulConnection() : null;
        }
    }
}
