package dev.stride.application.testing;

import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SpendOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link SessionStore} adapter must do; run against the in-memory one and the Redis one. */
public abstract class SessionStoreContract {

    protected static final Duration TTL = Duration.ofDays(30);

    /** Milliseconds: the precision every adapter keeps. */
    protected final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    /** The store under test, on {@link #clock}. */
    protected abstract SessionStore store();

    /** Lets {@code duration} pass for the store, so that what expires within it is gone. */
    protected abstract void letTimePass(Duration duration);

    /** Users unique to each test, since a real server may hold other tests' keys. */
    protected final long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);

    private Session login(long userId) {
        return login(userId, clock.instant().plus(TTL));
    }

    private Session login(long userId, Instant expiresAt) {
        Session session = new Session(RefreshToken.generate().hash(), userId, UUID.randomUUID().toString(), expiresAt);
        store().create(session);
        return session;
    }

    private static String newHash() {
        return RefreshToken.generate().hash();
    }

    @Test
    void aTokenIsSpentOnceAndRecognisedWhenPresentedAgain() {
        Session session = login(user);

        assertThat(store().spend(session.tokenHash())).isEqualTo(new SpendOutcome.Spent(session));
        assertThat(store().spend(session.tokenHash())).isEqualTo(new SpendOutcome.Reused(user, session.familyId()));
        assertThat(store().spend(session.tokenHash())).isEqualTo(new SpendOutcome.Reused(user, session.familyId()));
    }

    @Test
    void aTokenNeverIssuedIsUnknown() {
        assertThat(store().spend(newHash())).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().rotate(newHash(), newHash(), clock.instant().plus(TTL))).isEqualTo(SpendOutcome.UNKNOWN);
    }

    @Test
    void rotationSpendsTheTokenAndStoresItsSuccessorInTheSameFamily() {
        Session first = login(user);
        String successor = newHash();
        Instant successorExpiry = clock.instant().plus(TTL).plusSeconds(5);

        assertThat(store().rotate(first.tokenHash(), successor, successorExpiry)).isEqualTo(new SpendOutcome.Spent(first));

        assertThat(store().spend(successor))
                .isEqualTo(new SpendOutcome.Spent(new Session(successor, user, first.familyId(), successorExpiry)));
        assertThat(store().spend(first.tokenHash())).isEqualTo(new SpendOutcome.Reused(user, first.familyId()));
    }

    @Test
    void rotatingASpentTokenStoresNoSuccessor() {
        Session first = login(user);
        store().spend(first.tokenHash());
        String successor = newHash();

        assertThat(store().rotate(first.tokenHash(), successor, clock.instant().plus(TTL)))
                .isEqualTo(new SpendOutcome.Reused(user, first.familyId()));
        assertThat(store().spend(successor)).isEqualTo(SpendOutcome.UNKNOWN);
    }

    @Test
    void ofConcurrentRotationsOfOneTokenExactlyOneSucceeds() throws Exception {
        Session first = login(user);
        int racers = 8;
        List<String> successors = new ArrayList<>();
        List<Callable<SpendOutcome>> rotations = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String successor = newHash();
            successors.add(successor);
            rotations.add(() -> store().rotate(first.tokenHash(), successor, clock.instant().plus(TTL)));
        }

        List<SpendOutcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (Future<SpendOutcome> outcome : pool.invokeAll(rotations)) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).filteredOn(SpendOutcome.Spent.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(SpendOutcome.Reused.class::isInstance).hasSize(racers - 1);
        assertThat(successors.stream().map(store()::spend).filter(SpendOutcome.Spent.class::isInstance)).hasSize(1);
    }

    @Test
    void revokingAFamilyEndsEveryTokenOfItAndNoOther() {
        Session first = login(user);
        String successor = newHash();
        store().rotate(first.tokenHash(), successor, clock.instant().plus(TTL));
        Session otherLogin = login(user);

        store().revokeFamily(user, first.familyId());

        assertThat(store().spend(successor)).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().rotate(successor, newHash(), clock.instant().plus(TTL))).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().spend(first.tokenHash())).isEqualTo(new SpendOutcome.Reused(user, first.familyId()));
        assertThat(store().spend(otherLogin.tokenHash())).isEqualTo(new SpendOutcome.Spent(otherLogin));
    }

    @Test
    void aFamilyRevokedBetweenTwoRotationsGainsNoLiveToken() {
        Session first = login(user);
        String second = newHash();
        store().rotate(first.tokenHash(), second, clock.instant().plus(TTL));
        store().revokeFamily(user, first.familyId());
        String third = newHash();

        assertThat(store().rotate(second, third, clock.instant().plus(TTL))).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().spend(third)).isEqualTo(SpendOutcome.UNKNOWN);
    }

    @Test
    void revokingAllOfAUserEndsEveryFamilyOfThatUserOnly() {
        long other = user + 1;
        Session phone = login(user);
        Session laptop = login(user);
        String laptopSuccessor = newHash();
        store().rotate(laptop.tokenHash(), laptopSuccessor, clock.instant().plus(TTL));
        Session someoneElse = login(other);

        store().revokeAllOf(user);

        assertThat(store().spend(phone.tokenHash())).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().spend(laptopSuccessor)).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().spend(someoneElse.tokenHash())).isEqualTo(new SpendOutcome.Spent(someoneElse));
        Session afterwards = login(user);
        assertThat(store().spend(afterwards.tokenHash())).isEqualTo(new SpendOutcome.Spent(afterwards));
    }

    @Test
    void anExpiredTokenIsUnknown() {
        Session shortLived = login(user, clock.instant().plusMillis(50));
        Session longLived = login(user);

        letTimePass(Duration.ofMillis(200));

        assertThat(store().spend(shortLived.tokenHash())).isEqualTo(SpendOutcome.UNKNOWN);
        assertThat(store().spend(longLived.tokenHash())).isEqualTo(new SpendOutcome.Spent(longLived));
    }

    @Test
    void aFamilyLivesAsLongAsItsNewestToken() {
        // long enough for a store that needs a few round trips (a cluster's) to rotate before it expires
        Session first = login(user, clock.instant().plusMillis(300));
        String successor = newHash();
        assertThat(store().rotate(first.tokenHash(), successor, clock.instant().plus(TTL))).isInstanceOf(SpendOutcome.Spent.class);

        letTimePass(Duration.ofMillis(500));

        assertThat(store().spend(successor)).isInstanceOf(SpendOutcome.Spent.class);
    }

    @Test
    void aSessionThatHasAlreadyExpiredIsNotStored() {
        Session expired = login(user, clock.instant().minusSeconds(1));

        assertThat(store().spend(expired.tokenHash())).isEqualTo(SpendOutcome.UNKNOWN);
    }

    @Test
    void accessTokensIssuedBeforeACutoffAreRevokedUntilTheyHaveAllExpired() {
        Instant cutoff = clock.instant();
        assertThat(store().accessRevokedBefore(user)).isEmpty();

        store().revokeAccessIssuedBefore(user, cutoff, clock.instant().plusMillis(50));
        store().revokeAccessIssuedBefore(user + 1, cutoff.minusSeconds(60), clock.instant().plus(TTL));

        assertThat(store().accessRevokedBefore(user)).contains(cutoff);
        assertThat(store().accessRevokedBefore(user + 1)).contains(cutoff.minusSeconds(60));
        assertThat(store().accessRevokedBefore(user + 2)).isEmpty();
        letTimePass(Duration.ofMillis(200));
        assertThat(store().accessRevokedBefore(user)).isEmpty();
        assertThat(store().accessRevokedBefore(user + 1)).contains(cutoff.minusSeconds(60));
    }

    @Test
    void aLiftedRevocationIsGoneForThatUserOnly() {
        store().revokeAccessIssuedBefore(user, clock.instant(), clock.instant().plus(TTL));
        store().revokeAccessIssuedBefore(user + 1, clock.instant(), clock.instant().plus(TTL));

        store().liftAccessRevocation(user);
        store().liftAccessRevocation(user + 2);

        assertThat(store().accessRevokedBefore(user)).isEmpty();
        assertThat(store().accessRevokedBefore(user + 1)).contains(clock.instant());
    }

    @Test
    void aLaterRevocationMovesTheCutoff() {
        Instant first = clock.instant();
        store().revokeAccessIssuedBefore(user, first, first.plus(TTL));
        clock.advance(Duration.ofMinutes(5));

        store().revokeAccessIssuedBefore(user, clock.instant(), clock.instant().plus(TTL));

        assertThat(store().accessRevokedBefore(user)).contains(clock.instant());
    }
}
