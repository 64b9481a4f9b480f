package dev.stride.application.testing;

import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.session.SpendOutcome;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Wraps a session store that tests can take down (every call then fails as the Redis one does) and bring back; counts calls. */
public class SwitchableSessionStore implements SessionStore {

    private final SessionStore delegate;
    private volatile boolean down;
    private final AtomicInteger calls = new AtomicInteger();

    public SwitchableSessionStore(SessionStore delegate) {
        this.delegate = delegate;
    }

    /** A store that is down for good. */
    public static SwitchableSessionStore unreachable() {
        SwitchableSessionStore store = new SwitchableSessionStore(null);
        store.down();
        return store;
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

    @Override
    public void create(Session session) {
        run(() -> delegate.create(session));
    }

    @Override
    public SpendOutcome spend(String tokenHash) {
        return call(() -> delegate.spend(tokenHash));
    }

    @Override
    public SpendOutcome rotate(String tokenHash, String successorHash, Instant successorExpiresAt) {
        return call(() -> delegate.rotate(tokenHash, successorHash, successorExpiresAt));
    }

    @Override
    public void revokeFamily(long userId, String familyId) {
        run(() -> delegate.revokeFamily(userId, familyId));
    }

    @Override
    public void revokeAllOf(long userId) {
        run(() -> delegate.revokeAllOf(userId));
    }

    @Override
    public void revokeAccessIssuedBefore(long userId, Instant cutoff, Instant keepUntil) {
        run(() -> delegate.revokeAccessIssuedBefore(userId, cutoff, keepUntil));
    }

    @Override
    public Optional<Instant> accessRevokedBefore(long userId) {
        return call(() -> delegate.accessRevokedBefore(userId));
    }

    private void run(Runnable command) {
        call(() -> {
            command.run();
            return null;
        });
    }

    private <T> T call(Supplier<T> command) {
        calls.incrementAndGet();
        if (down) {
            throw new SessionStoreUnavailableException("session store is down (test)", null);
        }
        return command.get();
    }
}
