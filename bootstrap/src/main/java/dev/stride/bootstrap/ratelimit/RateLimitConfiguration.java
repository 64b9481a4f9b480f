package dev.stride.bootstrap.ratelimit;

import dev.stride.adapters.redis.ratelimit.RateLimiterHealth;
import dev.stride.adapters.redis.ratelimit.RedisRateLimitConfiguration;
import dev.stride.adapters.web.ratelimit.ConfiguredRateLimitPolicies;
import dev.stride.adapters.web.ratelimit.RateLimitProperties;
import dev.stride.application.ratelimit.CheckRateLimitService;
import dev.stride.application.ratelimit.CurrentRateLimitPolicies;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.port.RateLimiter;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Rate limiting: the limiter on Redis, the policies in force (reloadable), the use cases that
 * count requests and failed logins and tell a caller's standing, and the limiter's health.
 */
@Configuration(proxyBeanMethods = false)
@Import(RedisRateLimitConfiguration.class)
public class RateLimitConfiguration {


    @Bean
    CurrentRateLimitPolicies rateLimitPolicies(ConfiguredRateLimitPolicies configured) {
        return new CurrentRateLimitPolicies(configured.load());
    }

    /** Both the per-request check and the caller's standing ({@code GET /api/v1/rate-limit}). */
    @Bean
    CheckRateLimitService checkRateLimit(RateLimiter rateLimiter, CurrentRateLimitPolicies policies, RateLimitProperties rateLimit) {
        return new CheckRateLimitService(rateLimiter, policies, rateLimit.onRedisFailure());
    }

    @Bean
    FailedLogins failedLogins(RateLimiter rateLimiter, CurrentRateLimitPolicies policies, RateLimitProperties rateLimit,
                              SecurityEvents securityEvents) {
        return new FailedLogins(rateLimiter, policies, rateLimit.onRedisFailure(), securityEvents::lockedOut);
    }

    /** DEGRADED (still HTTP 200) while the limiter's breaker keeps Redis out of the request path. */
    @Bean
    HealthIndicator rateLimiterHealthIndicator(RateLimiterHealth rateLimiter) {
        return () -> (rateLimiter.degraded() ? Health.status(new Status("DEGRADED")) : Health.up())
                .withDetails(rateLimiter.details()).build();
    }
}
