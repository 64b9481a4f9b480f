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

    // --- invalidateAndPut: a committed write, written through ------------------------------------

    private static Activity atVersion(int version) {
        return new Activity(ACTIVITY.id(), ACTIVITY.userId(), ACTIVITY.details(), version, ACTIVITY.createdAt(),
                ACTIVITY.updatedAt().plusSeconds(version), null);
    }

    @Test
    void aWrittenValueIsStoredInANewGenerationThatRetiresEverythingElse() {
        String before = cache().get(id("a:8"), Activity.class).generation();
        cache().put(id("a:8"), before, ACTIVITY, TTL);

        assertThat(cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL)).isTrue();

        CacheLookup<Activity> written = cache().get(id("a:7"), Activity.class);
        assertThat(written.value()).as("the next read is a hit").isEqualTo(atVersion(3));
        assertThat(written.generation()).isNotEqualTo(before);
        assertThat(cache().get(id("a:8"), Activity.class).hit()).isFalse();
        assertThat(cache().put(id("a:8"), before, ACTIVITY, TTL)).as("a load from before the write").isFalse();
    }

    /**
     * Two writes commit in the order 2, 3, but their calls reach the cache 3, 2, with another write of
     * the user's in between (a new generation in which the entry is missing): the older state must not
     * become readable, and the namespace is still retired by the late call.
     */
    @Test
    void aWriteWhoseCallArrivesAfterANewerOnesStoresNothingButStillRetires() {
        cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL);
        cache().invalidateAndPut(id("a:9"), 1, ACTIVITY, TTL);
        String generation = cache().get(id("a:8"), Activity.class).generation();
        cache().put(id("a:8"), generation, ACTIVITY, TTL);

        assertThat(cache().invalidateAndPut(id("a:7"), 2, atVersion(2), TTL)).isFalse();

        assertThat(cache().get(id("a:7"), Activity.class).hit()).isFalse();
        assertThat(cache().get(id("a:8"), Activity.class).hit()).as("the late write still retires the rest").isFalse();
        assertThat(cache().get(id("a:9"), Activity.class).hit()).isFalse();
    }

    @Test
    void versionsOutliveInvalidationsOfTheNamespaceAndOfEverything() {
        cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL);
        cache().invalidate(namespace);
        cache().invalidateAll();

        assertThat(cache().invalidateAndPut(id("a:7"), 2, atVersion(2), TTL)).isFalse();
        assertThat(cache().get(id("a:7"), Activity.class).hit()).isFalse();
    }

    @Test
    void aGoneValueStoresNothingAndOutranksOlderWritesButNotNewerOnes() {
        cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL);

        assertThat(cache().invalidateAndPut(id("a:7"), 4, null, TTL)).isFalse();
        assertThat(cache().get(id("a:7"), Activity.class).hit()).as("deleted").isFalse();
        cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL);
        assertThat(cache().get(id("a:7"), Activity.class).hit()).as("an older write, late").isFalse();

        assertThat(cache().invalidateAndPut(id("a:7"), 5, atVersion(5), TTL)).as("restored").isTrue();
        assertThat(cache().get(id("a:7"), Activity.class).value()).isEqualTo(atVersion(5));
    }

    @Test
    void theSameVersionWrittenAgainIsStoredAgain() {
        cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL);

        assertThat(cache().invalidateAndPut(id("a:7"), 3, atVersion(3), TTL)).isTrue();
        assertThat(cache().get(id("a:7"), Activity.class).value()).isEqualTo(atVersion(3));
    }

    @Test
    void versionsAreKeptPerEntryAndPerNamespace() {
        String other = "u:" + UUID.randomUUID();
        cache().invalidateAndPut(id("a:7"), 9, atVersion(9), TTL);

        assertThat(cache().invalidateAndPut(id("a:8"), 1, ACTIVITY, TTL)).isTrue();
        assertThat(cache().invalidateAndPut(new CacheEntryId("activity", other, "a:7"), 1, ACTIVITY, TTL)).isTrue();
    }
}
