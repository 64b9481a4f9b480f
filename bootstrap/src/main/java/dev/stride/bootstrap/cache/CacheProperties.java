package dev.stride.bootstrap.cache;

import dev.stride.application.cache.CachePolicy.WriteMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.cache.*}. Lists and statistics always invalidate on write (they are derived data);
 * single activities may be write-through (default) or invalidate.
 *
 * @param enabled                  {@code false} bypasses the cache entirely
 * @param jitter                   share by which every TTL is shortened at random, so entries written together do not expire together
 * @param activityTtl              lifetime of a cached single activity
 * @param activityWriteMode        after a write, store the fresh activity ({@code write-through}) or only retire the old one ({@code invalidate})
 * @param listTtl                  lifetime of a cached list page
 * @param statsDayTtl              lifetime of cached DAY statistics
 * @param statsWeekTtl             lifetime of cached WEEK statistics
 * @param statsMonthTtl            lifetime of cached MONTH statistics
 * @param maxPendingInvalidations  invalidations an instance remembers while Redis is unreachable before it retires every namespace at once
 * @param listPages                how many first pages of the unfiltered default-order list are cached (see {@code HotReads})
 * @param retryInterval            how often invalidations lost to a Redis outage are tried again
 */
@ConfigurationProperties("stride.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0.1") double jitter,
        @DefaultValue("5m") Duration activityTtl,
        @DefaultValue("write-through") WriteMode activityWriteMode,
        @DefaultValue("1m") Duration listTtl,
        @DefaultValue("2m") Duration statsDayTtl,
        @DefaultValue("10m") Duration statsWeekTtl,
        @DefaultValue("30m") Duration statsMonthTtl,
        @DefaultValue("10000") int maxPendingInvalidations,
        @DefaultValue("3") int listPages,
        @DefaultValue("250ms") Duration retryInterval) {

    /** TTLs, jitter and list pages are checked by the policies built from them, at start-up too. */
    public CacheProperties {
        if (maxPendingInvalidations < 0 || !retryInterval.isPositive()) {
            throw new IllegalArgumentException("stride.cache.max-pending-invalidations must not be negative and"
                    + " retry-interval must be positive, got " + maxPendingInvalidations + " and " + retryInterval);
        }
    }
}
