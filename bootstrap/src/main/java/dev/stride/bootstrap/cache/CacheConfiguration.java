package dev.stride.bootstrap.cache;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import java.time.Clock;
import java.util.Map;

/** Cache-aside over the {@link Cache} port, with its policies, and the retry of invalidations lost to an outage. */
@Configuration(proxyBeanMethods = false)
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
     * Delivers invalidations lost to a Redis outage soon after Redis is back, so other instances stop seeing
     * them. Runs once the application enables scheduling ({@code StrideApplication} does).
     */
    @Bean
    SchedulingConfigurer pendingInvalidationRetry(ActivityCache cache, CacheProperties properties) {
        return tasks -> tasks.addFixedDelayTask(cache::retryPendingInvalidations, properties.retryInterval());
    }
}
