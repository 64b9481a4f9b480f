package dev.stride.bootstrap.health;

import dev.stride.adapters.redis.cache.CacheHealth;
import dev.stride.adapters.redis.ratelimit.RateLimiterHealth;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health components of the Redis roles that degrade instead of failing, next to Spring Boot's
 * {@code redis} (the state role): DEGRADED is still HTTP 200, since nothing fails while they are down.
 */
@Configuration(proxyBeanMethods = false)
public class RedisRolesHealthConfiguration {

    /** {@code redisCache}: DEGRADED while the cache's Redis does not answer, since reads then go to PostgreSQL. */
    @Bean
    HealthIndicator redisCacheHealthIndicator(CacheHealth cache) {
        return () -> (cache.answers() ? Health.up() : Health.status(new Status("DEGRADED"))).withDetails(cache.details()).build();
    }

    /** {@code rateLimiter}: DEGRADED while the limiter's breaker keeps Redis out of the request path. */
    @Bean
    HealthIndicator rateLimiterHealthIndicator(RateLimiterHealth rateLimiter) {
        return () -> (rateLimiter.degraded() ? Health.status(new Status("DEGRADED")) : Health.up())
                .withDetails(rateLimiter.details()).build();
    }
}
