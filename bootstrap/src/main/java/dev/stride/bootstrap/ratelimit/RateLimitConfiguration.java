package dev.stride.bootstrap.ratelimit;

import dev.stride.adapters.redis.ratelimit.RateLimiterHealth;
import dev.stride.adapters.redis.ratelimit.RedisRateLimitConfiguration;
import dev.stride.adapters.web.ratelimit.RateLimitProperties;
import dev.stride.application.port.in.CheckRateLimitUseCase;
import dev.stride.application.ratelimit.CheckRateLimitService;
import dev.stride.domain.port.RateLimiter;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Rate limiting: the Bucket4j limiter on Redis, the policy use case, and its health. */
@Configuration(proxyBeanMethods = false)
@Import(RedisRateLimitConfiguration.class)
public class RateLimitConfiguration {

    @Bean
    CheckRateLimitUseCase checkRateLimit(RateLimiter rateLimiter, RateLimitProperties rateLimit) {
        return new CheckRateLimitService(rateLimiter, rateLimit.policies().toDomain(), rateLimit.onRedisFailure());
    }

    /** DEGRADED (still HTTP 200) while the limiter's breaker keeps Redis out of the request path. */
    @Bean
    HealthIndicator rateLimiterHealthIndicator(RateLimiterHealth rateLimiter) {
        return () -> (rateLimiter.degraded() ? Health.status(new Status("DEGRADED")) : Health.up())
                .withDetails(rateLimiter.details()).build();
    }
}
