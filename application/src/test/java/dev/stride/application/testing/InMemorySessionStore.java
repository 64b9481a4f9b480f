package dev.stride.application.testing;

import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SpendOutcome;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SessionStore} in maps, with the semantics of the Redis one (the shared contract test
 * proves it): entries vanish when the clock passes their expiry, a family lives as long as its
 * newest token, and every operation is atomic.
 */
public class InMemorySessionStore implements SessionStore {

    private final Clock clock;
    private final Map<String, StoredToken> tokens = new HashMap<>();
    private final Map<String, Family> families = new HashMap<>();
    private final Map<Long, Revocation> revocations = new HashMap<>();

    public InMemorySessionStore(Clock clock) {
        this.clock = clock;
    }

    private record StoredToken(Session session, boolean spent) {
    }

    private record Family(long userId, Instant expiresAt) {
    }

    private record Revocation(Instant cutoff, Instant keepUntil) {
    }

    @Override
    public synchronized void create(Session session) {
        if (isLive(session.expiresAt())) {
            tokens.put(session.tokenHash(), new StoredToken(session, false));
            families.put(session.familyId(), new Family(session.userId(), session.expiresAt()));
        }
    }

    @Override
    public synchronized SpendOutcome spend(String tokenHash) {
        StoredToken token = tokens.get(tokenHash);
        if (token == null || !isLive(token.session().expiresAt())) {
            return SpendOutcome.UNKNOWN;
        }
        Session session = token.session();
        if (token.spent()) {
            return new SpendOutcome.Reused(session.userId(), session.familyId());
        }
        Family family = families.get(session.familyId());
        if (family == null || !isLive(family.expiresAt())) {
            return SpendOutcome.UNKNOWN;
        }
        tokens.put(tokenHash, new StoredToken(session, true));
        return new SpendOutcome.Spent(session);
    }

    @Override
    public synchronized SpendOutcome rotate(String tokenHash, String successorHash, Instant successorExpiresAt) {
        SpendOutcome outcome = spend(tokenHash);
        if (outcome instanceof SpendOutcome.Spent(Session spent) && isLive(successorExpiresAt)) {
            tokens.put(successorHash, new StoredToken(
                    new Session(successorHash, spent.userId(), spent.familyId(), successorExpiresAt), false));
            Family family = families.get(spent.familyId());
            if (successorExpiresAt.isAfter(family.expiresAt())) {
                families.put(spent.familyId(), new Family(spent.userId(), successorExpiresAt));
            }
        }
        return outcome;
    }

    @Override
    public synchronized void revokeFamily(long userId, String familyId) {
        families.remove(familyId);
    }

    @Override
    public synchronized void revokeAllOf(long userId) {
        families.values().removeIf(family -> family.userId() == userId);
    }

    @Override
    public synchronized void revokeAccessIssuedBefore(long userId, Instant cutoff, Instant keepUntil) {
        if (isLive(keepUntil)) {
            revocations.put(userId, new Revocation(cutoff.truncatedTo(ChronoUnit.MILLIS), keepUntil));
        }
    }

    @Override
    public synchronized Optional<Instant> accessRevokedBefore(long userId) {
        return Optional.ofNullable(revocations.get(userId)).filter(r -> isLive(r.keepUntil())).map(Revocation::cutoff);
    }

    private boolean isLive(Instant expiresAt) {
        return clock.instant().isBefore(expiresAt);
    }
}
