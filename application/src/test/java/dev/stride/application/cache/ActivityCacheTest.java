package dev.stride.application.cache;

import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.SwitchableCache;
import dev.stride.application.testing.TestCaches;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write-through of single activities: the row a write returned is stored in the same cache call
 * that retires the user's reads, never over a newer version. Which reads are cached at all: hot ones only, so a user cannot fill the cache.
 */
class ActivityCacheTest {

    private static final Activity ACTIVITY = new Activity(7, 1,
            new ActivityDetails(ActivityType.RUNNING, "Morning run", null, 45, null, null, null, LocalDate.of(2026, 11, 20)),
            1, Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T08:00:00Z"), null);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void aWriteStoresTheRowItReturnedInOneCacheCallSoTheNextReadIsAHit() {
        SwitchableCache store = new SwitchableCache(new InMemoryCache());
        ActivityCache cache = TestCaches.activityCache(store);

        cache.activityWritten(ACTIVITY);

        assertThat(store.calls()).as("retired and stored in one call, nothing loaded").isEqualTo(1);
        assertThat(cache.activity(1, 7, countingLoader())).contains(ACTIVITY);
        assertThat(loads).as("the read is a hit").hasValue(0);
    }

    @Test
    void aWriteWhoseCallComesAfterANewerOnesLeavesNothingOlderReadable() {
        ActivityCache cache = TestCaches.activityCache(new InMemoryCache());
        Activity newer = version(ACTIVITY, 2, null);

        cache.activityWritten(newer);
        cache.activityWritten(ACTIVITY); // committed first, its call late

        assertThat(cache.activity(1, 7, countingLoader())).as("loaded from the source, not the older row").contains(ACTIVITY);
        assertThat(loads).hasValue(1);
    }

    @Test
    void aTrashedActivityIsNotStoredAndOutranksOlderWritesThatComeLate() {
        ActivityCache cache = TestCaches.activityCache(new InMemoryCache());

        cache.activityWritten(version(ACTIVITY, 2, Instant.parse("2026-11-20T09:00:00Z")));
        cache.activityWritten(ACTIVITY);

        assertThat(cache.activity(1, 7, Optional::empty)).isEmpty();
    }

    @Test
    void anActivityRemovedForGoodIsNeverStoredAgainByALateWrite() {
        ActivityCache cache = TestCaches.activityCache(new InMemoryCache());

        cache.activityRemoved(1, 7);
        cache.activityWritten(version(ACTIVITY, 5, null));

        assertThat(cache.activity(1, 7, Optional::empty)).isEmpty();
    }

    @Test
    void withTheCacheOffAWriteTouchesNoCache() {
        SwitchableCache store = new SwitchableCache(new InMemoryCache());
        store.down();

        TestCaches.disabled(store).activityWritten(ACTIVITY);

        assertThat(store.calls()).isZero();
    }

    @Test
    void aCacheThatIsDownCostsTheWriterNothingAndIsBypassedUntilTheWriteReachesIt() {
        SwitchableCache store = new SwitchableCache(new InMemoryCache());
        ActivityCache cache = TestCaches.activityCache(store);
        cache.activity(1, 7, countingLoader()); // cached: the row before the write
        store.down();

        cache.activityWritten(version(ACTIVITY, 2, null));
        store.up();

        assertThat(cache.activity(1, 7, () -> Optional.of(version(ACTIVITY, 2, null)))).map(Activity::version).contains(2);
    }

    private static Activity version(Activity activity, int version, Instant deletedAt) {
        return new Activity(activity.id(), activity.userId(), activity.details(), version, activity.createdAt(),
                activity.updatedAt(), deletedAt);
    }

    private Supplier<Optional<Activity>> countingLoader() {
        return () -> {
            loads.incrementAndGet();
            return Optional.of(ACTIVITY);
        };
    }

    @Test
    void theFirstPagesOfTheUnfilteredListAndTheDefaultStatisticsAreCached() {
        InMemoryCache store = new InMemoryCache();
        ActivityCache cache = TestCaches.activityCache(store, CLOCK);

        for (int page = 0; page < 3; page++) {
            cache.page(1, ActivityFilter.NONE, new PageRequest(page, 20), this::countingPage);
            cache.page(1, ActivityFilter.NONE, new PageRequest(page, 20), this::countingPage);
        }
        for (StatsPeriod period : StatsPeriod.values()) {
            StatsRange byDefault = StatsRange.resolve(period, null, null, TODAY);
            cache.statistics(1, byDefault, () -> countingStats(byDefault));
            cache.statistics(1, byDefault, () -> countingStats(byDefault));
        }

        assertThat(loads).as("each loaded once, then hits").hasValue(6);
        assertThat(store.size()).isEqualTo(6);
    }

    /** The abuse case: a user makes a thousand distinct requests to flood the cache with entries. */
    @Test
    void adHocRangesFiltersAndDeepPagesReadTheSourceAndAddNothingToTheCache() {
        InMemoryCache store = new InMemoryCache();
        ActivityCache cache = TestCaches.activityCache(store, CLOCK);

        for (int i = 0; i < 1000; i++) {
            StatsRange adHoc = new StatsRange(StatsPeriod.DAY, TODAY.minusDays(31 + i % 300), TODAY.minusDays(i / 300));
            cache.statistics(1, adHoc, () -> countingStats(adHoc));
            LocalDate day = TODAY.minusDays(i);
            cache.page(1, new ActivityFilter(null, day, day), new PageRequest(0, 20), this::countingPage);
            cache.page(1, ActivityFilter.NONE, new PageRequest(3 + i, 20), this::countingPage);
        }

        assertThat(loads).as("every one read from the source").hasValue(3000);
        assertThat(store.size()).isZero();
    }

    @Test
    void statisticsWhoseRangeEndsBeforeTodayAreNotHot() {
        StatsRange lastWeeksDefault = StatsRange.resolve(StatsPeriod.WEEK, null, null, TODAY.minusDays(7));
        StatsRange todaysDefaultSpelledOut = new StatsRange(StatsPeriod.WEEK, StatsPeriod.WEEK.defaultFrom(TODAY), TODAY);
        HotReads hot = new HotReads(3, CLOCK);

        assertThat(hot.statistics(lastWeeksDefault)).isFalse();
        assertThat(hot.statistics(todaysDefaultSpelledOut)).as("the same range as no from and to").isTrue();
        assertThat(new HotReads(0, CLOCK).listPage(ActivityFilter.NONE, new PageRequest(0, 20))).isFalse();
    }

    private Page<Activity> countingPage() {
        loads.incrementAndGet();
        return new Page<>(List.of(ACTIVITY), 0, 20, 1);
    }

    private Statistics countingStats(StatsRange range) {
        loads.incrementAndGet();
        return Statistics.of(range, List.of());
    }
}
