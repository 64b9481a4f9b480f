package dev.stride.bootstrap;

import dev.stride.bootstrap.activity.ActivityConfiguration;
import dev.stride.bootstrap.admin.AdminConfiguration;
import dev.stride.bootstrap.cache.CacheConfiguration;
import dev.stride.bootstrap.event.EventConfiguration;
import dev.stride.bootstrap.idempotency.IdempotencyConfiguration;
import dev.stride.bootstrap.ratelimit.RateLimitConfiguration;
import dev.stride.bootstrap.retention.RetentionConfiguration;
import dev.stride.bootstrap.security.SecurityEventsConfiguration;
import dev.stride.bootstrap.session.SessionConfiguration;
import dev.stride.bootstrap.user.UserConfiguration;
import dev.stride.bootstrap.stats.StatsConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Every use case, wired per feature as the application's packages group them, over whatever
 * implements the outbound ports: the real adapters in {@link StrideApplication}, the in-memory
 * ones in the web tests. Needs a {@link java.time.Clock} bean as well.
 */
@Configuration(proxyBeanMethods = false)
@Import({EventConfiguration.class, ActivityConfiguration.class, StatsConfiguration.class, UserConfiguration.class, SessionConfiguration.class,
        AdminConfiguration.class, SecurityEventsConfiguration.class, RateLimitConfiguration.class,
        RetentionConfiguration.class, IdempotencyConfiguration.class, CacheConfiguration.class})
public class UseCaseConfiguration {
}
