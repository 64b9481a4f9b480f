package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.domain.port.Cache;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
                     @Value("${stride.cache.local-copies-size:8MB}") DataSize localCopies) {
        return new RedisCache(redis, keyPrefix, new JsonCodec(),
                new CircuitBreaker("the cache", failureThreshold, openFor, System::nanoTime), new CacheMetrics(registry),
                new DecodedEntries(localCopies.toBytes()));
    }
}
