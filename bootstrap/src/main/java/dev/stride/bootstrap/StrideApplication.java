package dev.stride.bootstrap;

import dev.stride.adapters.persistence.PersistenceConfiguration;
import dev.stride.adapters.redis.RedisStateConfiguration;
import dev.stride.adapters.redis.cache.RedisCacheConfiguration;
import dev.stride.adapters.redis.session.RedisSessionConfiguration;
import dev.stride.adapters.web.WebConfiguration;
import dev.stride.bootstrap.ratelimit.RateLimitConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Stride: the adapters' configurations plus this module's wiring of the use cases. */
@SpringBootApplication
@Import({PersistenceConfiguration.class, RedisCacheConfiguration.class, RedisSessionConfiguration.class,
        WebConfiguration.class, RateLimitConfiguration.class, RedisStateConfiguration.class})
public class StrideApplication {

    public static void main(String[] args) {
        SpringApplication.run(StrideApplication.class, args);
    }
}
