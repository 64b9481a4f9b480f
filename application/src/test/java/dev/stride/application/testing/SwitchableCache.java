package dev.stride.application.testing;

import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.domain.port.Cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a cache that tests can take down and bring back; counts the calls that reached it, and settles apart. */
public class SwitchableCache implements Cache {

    private final Cache delegate;
    private volatile boolean down;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger settles = new AtomicInteger();

    public SwitchableCache(Cache delegate) {
        this.delegate = delegate;
    }

    public void down() {
        down = true;
    }

    public void up() {
        down = false;
    }

    public int calls() {
        return calls.get();
    }

    public int settles() {
        return settles.get();
    }

    @Override
    public <T> CacheLookup<T> get(CacheEntryId id, Class<T> type) {
        check();
        return delegate.get(id, type);
    }

    @Override
    public boolean put(CacheEntryId id, String generation, Object value, Duration ttl) {
        check();
        return delegate.put(id, generation, value, ttl);
    }

    @Override
    public void invalidate(String namespace) {
        check();
        delegate.invalidate(namespace);
    }

    @Override
    public boolean invalidateAndPut(CacheEntryId id, long version, Object value, Duration ttl) {
        check();
        return delegate.invalidateAndPut(id, version, value, ttl);
    }

    @Override
    public void invalidateAll() {
        check();
        delegate.invalidateAll();
    }

    @Override
    public void settle() {
        settles.incrementAndGet();
        delegate.settle();
    }

    private void check() {
        calls.incrementAndGet();
        if (down) {
            throw new CacheUnavailableException("cache is down (test)", null);
        }
    }
}
