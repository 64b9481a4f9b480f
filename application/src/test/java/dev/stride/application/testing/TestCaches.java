package dev.stride.application.testing;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.cache.CacheAside;
import dev.stride.application.cache.CachePolicy;
import dev.stride.application.cache.HotReads;
import dev.stride.application.cache.CachePolicy.WriteMode;
import dev.stride.domain.port.Cache;
import dev.stride.domain.stats.StatsPeriod;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Ready-made {@link ActivityCache}s for tests. */
public final class TestCaches {

    private TestCaches() {
    }

    /** No caching at all, as with {@code stride.cache.enabled=false}. */
    public static ActivityCache disabled() {
        return disabled(new InMemoryCache());
    }

    /** Off, in front of a cache that a test can watch for calls. */
    public static ActivityCache disabled(Cache cache) {
        return activityCache(cache, false, Clock.systemUTC());
    }

    public static ActivityCache activityCache(Cache cache) {
        return activityCache(cache, Clock.systemUTC());
    }

    /** With the clock that decides which statistics ranges are today's defaults. */
    public static ActivityCache activityCache(Cache cache, Clock clock) {
        return activityCache(cache, true, clock);
    }

    private static ActivityCache activityCache(Cache cache, boolean enabled, Clock clock) {
        Map<StatsPeriod, CachePolicy> stats = new EnumMap<>(StatsPeriod.class);
        for (StatsPeriod period : StatsPeriod.values()) {
            stats.put(period, new CachePolicy(ActivityCache.STATS, Duration.ofMinutes(5), 0.1, WriteMode.INVALIDATE));
        }
        return new ActivityCache(new CacheAside(cache, enabled, 1000), new HotReads(3, clock),
                new CachePolicy(ActivityCache.ACTIVITY, Duration.ofMinutes(5), 0.1, WriteMode.WRITE_THROUGH),
                new CachePolicy(ActivityCache.LIST, Duration.ofMinutes(1), 0.1, WriteMode.INVALIDATE),
                stats);
    }
}
