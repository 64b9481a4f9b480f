package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.StrideRedisProperties;
import dev.stride.domain.port.SessionStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** The Redis {@link SessionStore}, on the application's Lettuce connection (spring-data-redis). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StrideRedisProperties.class)
public class RedisSessionConfiguration {

    @Bean
    SessionStore sessionStore(StringRedisTemplate redis, Clock clock,
                              StrideRedisProperties redisKeys) {
        return new RedisSessionStore(redis, redisKeys.keyPrefix(), clock);
    }
}
