package dev.stride.bootstrap.ratelimit;

import dev.stride.adapters.web.ratelimit.ConfiguredRateLimitPolicies;
import dev.stride.adapters.web.ratelimit.RateLimitProperties;
import dev.stride.application.ratelimit.CheckRateLimitService;
import dev.stride.application.ratelimit.CurrentRateLimitPolicies;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.port.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rate limiting: the policies in force (reloadable), and the use cases that count requests and failed
 * logins and tell a caller's standing.
 */
@Configuration(proxyBeanMethods = false)
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
}
