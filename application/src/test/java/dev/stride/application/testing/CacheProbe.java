package dev.stride.application.testing;

import dev.stride.application.cache.ActivityCache;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link ActivityCache} on an in-memory cache, and a way to see whether a user's entries were retired. */
public final class CacheProbe {

    private final ActivityCache cache = TestCaches.activityCache(new InMemoryCache());
    private final AtomicInteger loads = new AtomicInteger();

    public ActivityCache cache() {
        return cache;
    }

    /** Caches an entry of the user's. */
    public void prime(long userId) {
        read(userId);
    }

    /** Whether the entry {@link #prime} cached is gone (reading it again had to load it). */
    public boolean retired(long userId) {
        int before = loads.get();
        read(userId);
        return loads.get() > before;
    }

    private void read(long userId) {
        PageRequest request = new PageRequest(0, 1);
        cache.page(userId, ActivityFilter.NONE, request, () -> {
            loads.incrementAndGet();
            return Page.of(List.of(), request, 0);
        });
    }
}
