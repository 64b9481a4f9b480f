package dev.stride.application.testing;

import dev.stride.domain.port.Cache;

class InMemoryCacheTest extends CacheContract {

    private final InMemoryCache cache = new InMemoryCache();

    @Override
    protected Cache cache() {
        return cache;
    }
}
