package dev.stride.adapters.redis.idempotency;

import dev.stride.adapters.redis.StrideRedisProperties;
import dev.stride.domain.port.IdempotencyStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The Redis {@link IdempotencyStore}, on the state Redis (Boot's {@code spring.data.redis.*} connection, as sessions). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StrideRedisProperties.class)
public class RedisIdempotencyConfiguration {

    @Bean
    IdempotencyStore idempotencyStore(StringRedisTemplate redis, StrideRedisProperties properties) {
        return new RedisIdempotencyStore(redis, properties.keyPrefix());
    }
}
