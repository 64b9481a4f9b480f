package dev.stride.application.testing;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.cache.CacheInvalidation;
import dev.stride.application.event.EventSubscriber;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real {@link ActivityCache} on an in-memory cache, subscribed to committed writes the way the
 * service wires it ({@link #subscriber()}), and ways to see what a write did to it: whether a user's
 * entries were retired, whether that happened inside a transaction, and what was written through.
 */
public final class CacheProbe {

    private final AtomicBoolean invalidatedBeforeCommit = new AtomicBoolean();
    private final AtomicInteger loads = new AtomicInteger();
    private final ActivityCache cache;
    private final EventSubscriber subscriber;

    public CacheProbe(InMemoryTransactions transactions, ActivityRepository activities) {
        this.cache = TestCaches.activityCache(new InMemoryCache() {
            @Override
            public synchronized void invalidate(String namespace) {
                if (transactions.isOpen()) {
                    invalidatedBeforeCommit.set(true);
                }
                super.invalidate(namespace);
            }
        });
        this.subscriber = new CacheInvalidation(cache, activities);
    }

    public ActivityCache cache() {
        return cache;
    }

    /** The cache's subscription, for the unit of work under test. */
    public EventSubscriber subscriber() {
        return subscriber;
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

    /** Whether an invalidation reached the cache while a transaction was still open: before its commit. */
    public boolean invalidatedBeforeCommit() {
        return invalidatedBeforeCommit.get();
    }

    /** The activity as the cache holds it, without loading it: empty when it is not cached. */
    public Optional<Activity> cached(long userId, long activityId) {
        return cache.activity(userId, activityId, Optional::empty);
    }

    private void read(long userId) {
        PageRequest request = new PageRequest(0, 1);
        cache.page(userId, ActivityFilter.NONE, request, () -> {
            loads.incrementAndGet();
            return Page.of(List.of(), request, 0);
        });
    }
}
