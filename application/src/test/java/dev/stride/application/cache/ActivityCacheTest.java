package dev.stride.application.cache;

import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.SwitchableCache;
import dev.stride.application.testing.TestCaches;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The write-through of single activities: one reload after a write when the cache is in use, none when it is off or bypassed. */
class ActivityCacheTest {

    private static final Activity ACTIVITY = new Activity(7, 1,
            new ActivityDetails(ActivityType.RUNNING, "Morning run", null, 45, null, null, null, LocalDate.of(2026, 11, 20)),
            1, Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T08:00:00Z"), null);

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aWriteStoresTheFreshActivitySoTheNextReadIsAHit() {
        ActivityCache cache = TestCaches.activityCache(new InMemoryCache());

        cache.activityChanged(1, 7, countingLoader());
        cache.activity(1, 7, countingLoader());

        assertThat(loads).as("the write's reload, and no load for the read").hasValue(1);
    }

    @Test
    void withTheCacheOffAWriteLoadsNothingBack() {
        TestCaches.disabled().activityChanged(1, 7, countingLoader());

        assertThat(loads).hasValue(0);
    }

    @Test
    void whileTheCacheIsBypassedAWriteLoadsNothingBack() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        cache.down(); // the invalidation is kept for later, and the cache bypassed until it is delivered

        TestCaches.activityCache(cache).activityChanged(1, 7, countingLoader());

        assertThat(loads).hasValue(0);
    }

    private Supplier<Optional<Activity>> countingLoader() {
        return () -> {
            loads.incrementAndGet();
            return Optional.of(ACTIVITY);
        };
    }
}
