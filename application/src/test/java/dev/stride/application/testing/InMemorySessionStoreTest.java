package dev.stride.application.testing;

import dev.stride.domain.port.SessionStore;

import java.time.Duration;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final InMemorySessionStore store = new InMemorySessionStore(clock);

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
