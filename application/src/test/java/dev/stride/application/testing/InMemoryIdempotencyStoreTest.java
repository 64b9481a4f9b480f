package dev.stride.application.testing;

import dev.stride.domain.port.IdempotencyStore;

import java.time.Duration;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(clock);

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
