package dev.stride.bootstrap.security;

import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.SecurityMetrics;
import dev.stride.domain.port.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Refresh-token reuse, lockouts and admin actions: audited and counted (admin actions as a subscriber, after their commit). */
@Configuration(proxyBeanMethods = false)
public class SecurityEventsConfiguration {

    @Bean
    SecurityEvents securityEvents(AuditLog audit, SecurityMetrics metrics, UserRepository users, Clock clock) {
        return new SecurityEvents(audit, metrics, users, clock);
    }
}
