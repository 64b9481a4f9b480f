package dev.stride.adapters.redis.cache;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;

/** Connections configured like the application's: spring-data-redis on Lettuce with a short command timeout. */
public final class RedisConnections {

    private RedisConnections() {
    }

    public static LettuceConnectionFactory factory(String host, int port) {
        return factory(host, port, Duration.ofMillis(200));
    }

    public static LettuceConnectionFactory factory(String host, int port, Duration commandTimeout) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
                LettuceClientConfiguration.builder().commandTimeout(commandTimeout).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    public static StringRedisTemplate template(LettuceConnectionFactory factory) {
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }
}
