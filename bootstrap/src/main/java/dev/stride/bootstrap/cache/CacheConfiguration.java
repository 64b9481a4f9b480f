package dev.stride.bootstrap.cache;

import dev.stride.adapters.redis.cache.CacheHealth;
import dev.stride.application.cache.ActivityCache;
import dev.stride.application.cache.CacheAside;
import dev.stride.application.cache.CacheInvalidation;
import dev.stride.application.cache.CachePolicy;
import dev.stride.application.cache.CachePolicy.WriteMode;
import dev.stride.application.cache.HotReads;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.Cache;
import dev.stride.domain.stats.StatsPeriod;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(CacheProperties.class)
public class CacheConfiguration {

    @Bean
    ActivityCache activityCache(Cache cache, CacheProperties properties, Clock clock) {
        double jitter = properties.jitter();
        CacheAside aside = new CacheAside(cache, properties.enabled(), properties.maxPendingInvalidations());
        return new ActivityCache(aside, new HotReads(properties.listPages(), clock),
                new CachePolicy(ActivityCache.ACTIVITY, properties.activityTtl(), jitter, properties.activityWriteMode()),
                new CachePolicy(ActivityCache.LIST, properties.listTtl(), jitter, WriteMode.INVALIDATE),
                Map.of(StatsPeriod.DAY, new CachePolicy(ActivityCache.STATS, properties.statsDayTtl(), jitter, WriteMode.INVALIDATE),
                        StatsPeriod.WEEK, new CachePolicy(ActivityCache.STATS, properties.statsWeekTtl(), jitter, WriteMode.INVALIDATE),
                        StatsPeriod.MONTH, new CachePolicy(ActivityCache.STATS, properties.statsMonthTtl(), jitter, WriteMode.INVALIDATE)));
    }

    /** Committed writes retire the user's cached reads (and write a written activity through). */
    @Bean
    CacheInvalidation cacheInvalidation(ActivityCache cache, ActivityRepository activities) {
        return new CacheInvalidation(cache, activities);
    }

    /**
     * The {@code redisCache} health component, next to the state role's {@code redis}: DEGRADED (still
     * HTTP 200) while the cache's Redis does not answer, since reads then go to PostgreSQL and nothing fails.
     */
    @Bean
    HealthIndicator redisCacheHealthIndicator(CacheHealth cache) {
        return () -> (cache.answers() ? Health.up() : Health.status(new Status("DEGRADED"))).withDetails(cache.details()).build();
    }

    @Bean
    PendingInvalidationRetry pendingInvalidationRetry(ActivityCache cache) {
        return new PendingInvalidationRetry(cache);
    }

    /** Delivers invalidations lost to a Redis outage soon after Redis is back, so other instances stop seeing them. */
    static final class PendingInvalidationRetry {

        private final ActivityCache cache;

        PendingInvalidationRetry(ActivityCache cache) {
            this.cache = cache;
        }

        @Scheduled(fixedDelayString = "${stride.cache.retry-interval:250ms}")
        void retry() {
            cache.retryPendingInvalidations();
        }
    }
}
