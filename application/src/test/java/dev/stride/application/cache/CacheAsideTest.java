package dev.stride.application.cache;

import dev.stride.application.cache.CachePolicy.WriteMode;
import dev.stride.application.testing.InMemoryCache;
import dev.stride.application.testing.SwitchableCache;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.port.Cache;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class CacheAsideTest {

    private static final CachePolicy POLICY = new CachePolicy("test", Duration.ofMinutes(5), 0.1, WriteMode.INVALIDATE);
    private static final String NS = "u:1";

    /** The row in the database. */
    private final AtomicReference<String> row = new AtomicReference<>("v1");

    /**
     * The race of the memcache paper: a reader misses and loads the old row; a writer updates the
     * row and invalidates; then the reader stores what it loaded. The steps are forced in that order.
     */
    private String raceThenReadAgain(CacheReader reader, Runnable invalidate) throws Exception {
        CountDownLatch loadedOldRow = new CountDownLatch(1);
        CountDownLatch writerDone = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<String> slowReader = pool.submit(() -> reader.read(() -> {
                String old = row.get();
                loadedOldRow.countDown();
                await(writerDone);
                return old;
            }));
            await(loadedOldRow);
            try {
                row.set("v2");
                invalidate.run();
            } finally {
                writerDone.countDown(); // a failing write fails the test instead of leaving the reader waiting
            }
            assertThat(slowReader.get()).isEqualTo("v1");
        }
        return reader.read(row::get);
    }

    @Test
    void naiveCacheAsideStoresTheStaleRowInTheRace() throws Exception {
        Cache cache = new InMemoryCache();
        NaiveCacheAside naive = new NaiveCacheAside(cache);

        String afterWrite = raceThenReadAgain(naive::read, () -> cache.invalidate(NS));

        assertThat(afterWrite).as("naive cache-aside serves the stale row until its TTL").isEqualTo("v1");
    }

    @Test
    void strideNeverStoresTheStaleRowInTheRace() throws Exception {
        CacheAside aside = new CacheAside(new InMemoryCache(), true, 100);

        String afterWrite = raceThenReadAgain(loader -> aside.read(POLICY, NS, "k", String.class, loader),
                () -> aside.invalidate(NS));

        assertThat(afterWrite).isEqualTo("v2");
    }

    @Test
    void concurrentMissesOnOneEntryLoadItOnce() throws Exception {
        CacheAside aside = new CacheAside(new InMemoryCache(), true, 100);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        int readers = 16;
        List<Thread> threads = new ArrayList<>();
        List<String> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < readers; i++) {
            Thread t = new Thread(() -> results.add(aside.read(POLICY, NS, "hot", String.class, () -> {
                loads.incrementAndGet();
                await(release);
                return "value";
            })));
            threads.add(t);
            t.start();
        }
        // Every reader is parked: the one loading on the latch, the others on its result.
        Awaitility.await("every reader parked").pollInterval(Duration.ofMillis(1))
                .until(() -> threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        release.countDown();
        for (Thread t : threads) {
            t.join();
        }

        assertThat(loads.get()).isEqualTo(1);
        assertThat(results).hasSize(readers).containsOnly("value");
        assertThat(aside.read(POLICY, NS, "hot", String.class, () -> "reloaded")).isEqualTo("value");
    }

    @Test
    void aReadAfterAnInvalidationNeverJoinsALoadStartedBeforeIt() throws Exception {
        CacheAside aside = new CacheAside(new InMemoryCache(), true, 100);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<String> early = pool.submit(() -> aside.read(POLICY, NS, "k", String.class, () -> {
                loading.countDown();
                await(release);
                return "before write";
            }));
            await(loading);
            try {
                aside.invalidate(NS);

                assertThat(aside.read(POLICY, NS, "k", String.class, () -> "after write")).isEqualTo("after write");
            } finally {
                release.countDown(); // a failure above fails the test instead of leaving the early load waiting
            }
            assertThat(early.get()).isEqualTo("before write");
        }
        assertThat(aside.read(POLICY, NS, "k", String.class, () -> "reloaded")).isEqualTo("after write");
    }

    @Test
    void whenTheCacheIsDownReadsComeFromTheSource() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 100);
        cache.down();

        assertThat(aside.read(POLICY, NS, "k", String.class, row::get)).isEqualTo("v1");
        aside.invalidate(NS); // must not throw
    }

    @Test
    void anInvalidationLostDuringAnOutageIsDeliveredBeforeTheCacheIsReadAgain() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 100);
        assertThat(aside.read(POLICY, NS, "k", String.class, row::get)).isEqualTo("v1"); // cached

        cache.down();
        row.set("v2");
        aside.invalidate(NS); // lost: the cache still holds v1
        cache.up();

        assertThat(aside.read(POLICY, NS, "k", String.class, row::get)).isEqualTo("v2");
    }

    @Test
    void aWriteIsAcknowledgedOnlyOnceTheCacheHasSettled() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 100);

        aside.invalidate(NS);
        aside.invalidateAndPut(POLICY, NS, "k", 1, "v1");

        assertThat(cache.settles()).isEqualTo(2);
    }

    @Test
    void invalidationsDeliveredLateDoNotWaitForTheCacheToSettle() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 100);
        cache.down();
        aside.invalidate(NS); // acknowledged long before it reaches the cache: nobody waits for it then
        aside.invalidate("u:2");
        cache.up();
        int before = cache.calls();

        aside.retryPendingInvalidations();

        assertThat(cache.calls()).isEqualTo(before + 2); // both delivered
        assertThat(cache.settles()).isZero();
    }

    @Test
    void whileAnInvalidationIsPendingTheCacheIsBypassed() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 100);
        aside.read(POLICY, NS, "k", String.class, row::get);
        cache.down();
        row.set("v2");
        aside.invalidate(NS);

        assertThat(aside.read(POLICY, NS, "k", String.class, row::get)).isEqualTo("v2");
        cache.up();
        aside.retryPendingInvalidations();
        row.set("v3");
        assertThat(aside.read(POLICY, NS, "k", String.class, row::get)).isEqualTo("v3");
        row.set("v4");
        assertThat(aside.read(POLICY, NS, "k", String.class, row::get)).as("cached again after delivery").isEqualTo("v3");
    }

    @Test
    void tooManyLostInvalidationsRetireEverything() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 2);
        aside.read(POLICY, "u:9", "k", String.class, () -> "old");
        cache.down();
        for (int user = 1; user <= 3; user++) {
            aside.invalidate("u:" + user);
        }
        cache.up();

        assertThat(aside.read(POLICY, "u:9", "k", String.class, () -> "new")).isEqualTo("new");
    }

    @Test
    void aReadMadeToChangeAValueUsesAHitButNeverStoresWhatItLoaded() {
        CacheAside aside = new CacheAside(new InMemoryCache(), true, 100);
        AtomicInteger loads = new AtomicInteger();
        Supplier<String> loader = () -> {
            loads.incrementAndGet();
            return row.get();
        };

        assertThat(aside.peek(POLICY, NS, "k", String.class, loader)).isEqualTo("v1");
        assertThat(aside.read(POLICY, NS, "k", String.class, loader)).isEqualTo("v1");
        assertThat(loads).as("the peek's miss stored nothing: the read loaded again").hasValue(2);

        assertThat(aside.peek(POLICY, NS, "k", String.class, loader)).isEqualTo("v1");
        assertThat(loads).as("what the read stored is a hit for the peek").hasValue(2);
    }

    @Test
    void aReadMadeToChangeAValueComesFromTheSourceWhileTheCacheIsDown() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, true, 100);
        cache.down();

        assertThat(aside.peek(POLICY, NS, "k", String.class, row::get)).isEqualTo("v1");
    }

    @Test
    void aDisabledCacheIsNeverTouched() {
        SwitchableCache cache = new SwitchableCache(new InMemoryCache());
        CacheAside aside = new CacheAside(cache, false, 100);

        aside.read(POLICY, NS, "k", String.class, row::get);
        aside.peek(POLICY, NS, "k", String.class, row::get);
        aside.invalidate(NS);

        assertThat(cache.calls()).isZero();
    }

    @FunctionalInterface
    private interface CacheReader {
        String read(Supplier<String> loader) throws Exception;
    }

    /** Textbook cache-aside: get, on a miss load, then set — with no guard against an invalidation in between. */
    private record NaiveCacheAside(Cache cache) {

        String read(Supplier<String> loader) {
            CacheEntryId id = new CacheEntryId("test", NS, "k");
            CacheLookup<String> lookup = cache.get(id, String.class);
            if (lookup.hit()) {
                return lookup.value();
            }
            String value = loader.get();
            String generationNow = cache.get(id, String.class).generation(); // a plain SET writes to whatever is current
            cache.put(id, generationNow, value, Duration.ofMinutes(5));
            return value;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
