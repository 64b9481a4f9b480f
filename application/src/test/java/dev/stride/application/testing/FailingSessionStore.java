package dev.stride.application.testing;

import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.domain.session.SpendOutcome;

import java.time.Instant;
import java.util.Optional;

/** A session store whose server is down: every call fails as the Redis one does then. */
public class FailingSessionStore implements SessionStore {

    private static SessionStoreUnavailableException down() {
        return new SessionStoreUnavailableException("session store is down (test)", null);
    }

    @Override
    public void create(Session session) {
        throw down();
    }

    @Override
    public SpendOutcome spend(String tokenHash) {
        throw down();
    }

    @Override
    public SpendOutcome rotate(String tokenHash, String successorHash, Instant successorExpiresAt) {
        throw down();
    }

    @Override
    public void revokeFamily(long userId, String familyId) {
        throw down();
    }

    @Override
    public void revokeAllOf(long userId) {
        throw down();
    }

    @Override
    public void revokeAccessIssuedBefore(long userId, Instant cutoff, Instant keepUntil) {
        throw down();
    }

    @Override
    public Optional<Instant> accessRevokedBefore(long userId) {
        throw down();
    }
}
