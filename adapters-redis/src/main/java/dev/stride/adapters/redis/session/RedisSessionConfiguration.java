package dev.stride.adapters.redis.session;

import dev.stride.domain.port.SessionStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;

/** The Redis {@link SessionStore}, on the application's Lettuce connection (spring-data-redis). */
@Configuration(proxyBeanMethods = false)
public class RedisSessionConfiguration {

    @Bean
    SessionStore sessionStore(StringRedisTemplate redis, Clock clock,
                              @Value("${stride.redis.key-prefix:stride:}") String keyPrefix) {
        return new RedisSessionStore(redis, keyPrefix, clock);
    }
}
