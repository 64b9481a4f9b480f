package dev.stride.bootstrap;

import dev.stride.adapters.crypto.PasswordHashingConfiguration;
import dev.stride.adapters.metrics.MetricsConfiguration;
import dev.stride.adapters.persistence.PersistenceConfiguration;
import dev.stride.adapters.persistence.QueryMetricsConfiguration;
import dev.stride.adapters.redis.RedisStateConfiguration;
import dev.stride.adapters.redis.cache.RedisCacheConfiguration;
import dev.stride.adapters.redis.idempotency.RedisIdempotencyConfiguration;
import dev.stride.adapters.redis.ratelimit.RedisRateLimitConfiguration;
import dev.stride.adapters.redis.session.RedisSessionConfiguration;
import dev.stride.adapters.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * Stride: the adapters' configurations plus this module's wiring of the use cases. Scheduling is on
 * for the jobs the features schedule (the retention purge, the retry of lost cache invalidations).
 */
@SpringBootApplication
@EnableScheduling
@Import({UseCaseConfiguration.class, PersistenceConfiguration.class, QueryMetricsConfiguration.class,
        RedisStateConfiguration.class, RedisCacheConfiguration.class, RedisSessionConfiguration.class,
        RedisRateLimitConfiguration.class, RedisIdempotencyConfiguration.class, WebConfiguration.class,
        PasswordHashingConfiguration.class, MetricsConfiguration.class})
public class StrideApplication {

    public static void main(String[] args) {
        SpringApplication.run(StrideApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
