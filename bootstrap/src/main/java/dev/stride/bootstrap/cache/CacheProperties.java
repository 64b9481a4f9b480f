package dev.stride.bootstrap.cache;

import dev.stride.application.cache.CachePolicy.WriteMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.cache.*}. Lists and statistics always invalidate on write (they are derived data);
 * single activities may be write-through (default) or invalidate. {@code listPages}: how many
 * first pages of the unfiltered default-order list are cached (see {@code HotReads}).
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
        @DefaultValue("3") int listPages) {
}
