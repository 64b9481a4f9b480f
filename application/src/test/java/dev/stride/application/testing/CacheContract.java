package dev.stride.application.testing;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.port.Cache;
import dev.stride.domain.shared.Page;
import dev.stride.domain.stats.BucketTotals;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Totals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link Cache} adapter must do; run against the in-memory one and the Redis one. */
public abstract class CacheContract {

    protected static final Duration TTL = Duration.ofMinutes(1);

    protected abstract Cache cache();

    /** Namespaces unique to each test, since a real server may hold other tests' keys. */
    protected final String namespace = "u:" + UUID.randomUUID();

    protected static final Activity ACTIVITY = new Activity(7, 3,
            new ActivityDetails(ActivityType.RUNNING, "Morning run", "river loop", 45, new BigDecimal("10.5"), 520,
                    "easy pace", LocalDate.of(2026, 11, 20)),
            2, Instant.parse("2026-11-20T07:15:00Z"), Instant.parse("2026-11-20T08:00:00Z"), null);

    private CacheEntryId id(String key) {
        return new CacheEntryId("activity", namespace, key);
    }

    @Test
    void aMissStillTellsTheGeneration() {
        CacheLookup<Activity> lookup = cache().get(id("a:7"), Activity.class);

        assertThat(lookup.hit()).isFalse();
        assertThat(lookup.generation()).isNotBlank();
        assertThat(cache().get(id("a:7"), Activity.class).generation()).isEqualTo(lookup.generation());
    }

    @Test
    void storesAndReturnsDomainValuesUnchanged() {
        String generation = cache().get(id("a:7"), Activity.class).generation();

        assertThat(cache().put(id("a:7"), generation, ACTIVITY, TTL)).isTrue();

        assertThat(cache().get(id("a:7"), Activity.class).value()).isEqualTo(ACTIVITY);
        assertThat(cache().get(id("a:8"), Activity.class).hit()).isFalse();
        assertThat(cache().get(new CacheEntryId("other", namespace, "a:7"), Activity.class).hit()).isFalse();
    }

    @Test
    void storesPagesAndStatistics() {
        Page<Activity> page = new Page<>(List.of(ACTIVITY), 0, 20, 1);
        StatsRange range = new StatsRange(StatsPeriod.WEEK, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 26));
        Statistics stats = Statistics.of(range, List.of(new BucketTotals(LocalDate.of(2026, 11, 9), ActivityType.SWIMMING,
                new Totals(2, 60, new BigDecimal("3.25")))));
        String generation = cache().get(id("l"), Page.class).generation();

        cache().put(id("l"), generation, page, TTL);
        cache().put(id("s"), generation, stats, TTL);

        assertThat(cache().get(id("l"), Page.class).value()).isEqualTo(page);
        assertThat(cache().get(id("s"), Statistics.class).value()).isEqualTo(stats);
    }

    @Test
    void aValueLoadedBeforeAnInvalidationIsRefused() {
        String before = cache().get(id("a:7"), Activity.class).generation();

        cache().invalidate(namespace);

        assertThat(cache().put(id("a:7"), before, ACTIVITY, TTL)).isFalse();
        CacheLookup<Activity> after = cache().get(id("a:7"), Activity.class);
        assertThat(after.hit()).isFalse();
        assertThat(after.generation()).isNotEqualTo(before);
    }

    @Test
    void invalidatingANamespaceRetiresAllItsEntriesAndNoOther() {
        String other = "u:" + UUID.randomUUID();
        CacheEntryId elsewhere = new CacheEntryId("activity", other, "a:1");
        String generation = cache().get(id("a:7"), Activity.class).generation();
        cache().put(id("a:7"), generation, ACTIVITY, TTL);
        cache().put(id("a:8"), generation, ACTIVITY, TTL);
        cache().put(elsewhere, cache().get(elsewhere, Activity.class).generation(), ACTIVITY, TTL);

        cache().invalidate(namespace);

        assertThat(cache().get(id("a:7"), Activity.class).hit()).isFalse();
        assertThat(cache().get(id("a:8"), Activity.class).hit()).isFalse();
        assertThat(cache().get(elsewhere, Activity.class).hit()).isTrue();
    }

    @Test
    void invalidatingEverythingRetiresEveryNamespace() {
        String generation = cache().get(id("a:7"), Activity.class).generation();
        cache().put(id("a:7"), generation, ACTIVITY, TTL);

        cache().invalidateAll();

        assertThat(cache().get(id("a:7"), Activity.class).hit()).isFalse();
        assertThat(cache().put(id("a:7"), generation, ACTIVITY, TTL)).isFalse();
    }
}
