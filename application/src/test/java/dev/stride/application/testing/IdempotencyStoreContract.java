package dev.stride.application.testing;

import dev.stride.domain.idempotency.ClaimOutcome;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link IdempotencyStore} adapter must do; run against the in-memory one and the Redis one. */
public abstract class IdempotencyStoreContract {

    protected static final Duration KEEP = Duration.ofHours(24);
    protected static final Duration IN_FLIGHT = Duration.ofMinutes(1);

    protected final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    /** The store under test, on {@link #clock}. */
    protected abstract IdempotencyStore store();

    /** Lets {@code duration} pass for the store, so that what expires within it is gone. */
    protected abstract void letTimePass(Duration duration);

    /** Users unique to each test, since a real server may hold other tests' keys. */
    protected final long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);

    private final IdempotencyKey key = new IdempotencyKey(user, "key-" + UUID.randomUUID());
    private final RequestFingerprint body = RequestFingerprint.of("POST", "/api/v1/activities", bytes("{\"a\":1}"));
    private final RequestFingerprint otherBody = RequestFingerprint.of("POST", "/api/v1/activities", bytes("{\"a\":2}"));
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/api/v1/activities/7", "Content-Type", "application/json", "ETag", "\"1\""),
            bytes("{\"id\":7,\"title\":\"Läufchen\"}"));

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstClaimWinsAndARetryWhileInFlightIsToldSo() {
        assertThat(store().claim(key, body, "first", IN_FLIGHT)).isEqualTo(ClaimOutcome.CLAIMED);

        assertThat(store().claim(key, body, "second", IN_FLIGHT)).isEqualTo(ClaimOutcome.IN_FLIGHT);
    }

    @Test
    void aCompletedRequestIsReplayedWithItsWholeResponse() {
        store().claim(key, body, "first", IN_FLIGHT);

        assertThat(store().complete(key, "first", CREATED, KEEP)).isTrue();

        assertThat(store().claim(key, body, "second", IN_FLIGHT)).isEqualTo(new ClaimOutcome.Completed(CREATED));
        assertThat(store().claim(key, body, "third", IN_FLIGHT)).isEqualTo(new ClaimOutcome.Completed(CREATED));
    }

    @Test
    void anEmptyBodyIsKeptAsEmpty() {
        StoredResponse noContent = new StoredResponse(204, Map.of(), new byte[0]);
        store().claim(key, body, "first", IN_FLIGHT);
        store().complete(key, "first", noContent, KEEP);

        assertThat(store().claim(key, body, "second", IN_FLIGHT)).isEqualTo(new ClaimOutcome.Completed(noContent));
    }

    @Test
    void theSameKeyWithAnotherRequestIsAMismatchInFlightAndAfterwards() {
        store().claim(key, body, "first", IN_FLIGHT);
        assertThat(store().claim(key, otherBody, "second", IN_FLIGHT)).isEqualTo(ClaimOutcome.MISMATCH);

        store().complete(key, "first", CREATED, KEEP);
        assertThat(store().claim(key, otherBody, "third", IN_FLIGHT)).isEqualTo(ClaimOutcome.MISMATCH);
    }

    @Test
    void keysAreScopedToTheirUser() {
        IdempotencyKey sameKeyOtherUser = new IdempotencyKey(user + 1, key.value());
        store().claim(key, body, "first", IN_FLIGHT);
        store().complete(key, "first", CREATED, KEEP);

        assertThat(store().claim(sameKeyOtherUser, otherBody, "other", IN_FLIGHT)).isEqualTo(ClaimOutcome.CLAIMED);
    }

    @Test
    void aReleasedKeyCanBeClaimedAgainWithAnyRequest() {
        store().claim(key, body, "first", IN_FLIGHT);

        store().release(key, "first");

        assertThat(store().claim(key, otherBody, "second", IN_FLIGHT)).isEqualTo(ClaimOutcome.CLAIMED);
    }

    @Test
    void onlyTheHolderOfAClaimCompletesOrReleasesIt() {
        store().claim(key, body, "first", IN_FLIGHT);

        assertThat(store().complete(key, "intruder", CREATED, KEEP)).isFalse();
        store().release(key, "intruder");

        assertThat(store().claim(key, body, "second", IN_FLIGHT)).isEqualTo(ClaimOutcome.IN_FLIGHT);
    }

    @Test
    void aCompletedRecordIsNotReleased() {
        store().claim(key, body, "first", IN_FLIGHT);
        store().complete(key, "first", CREATED, KEEP);

        store().release(key, "first");

        assertThat(store().claim(key, body, "second", IN_FLIGHT)).isEqualTo(new ClaimOutcome.Completed(CREATED));
    }

    /** The holder died between claim and completion: its key is free again once the claim's lifetime is over. */
    @Test
    void anAbandonedClaimExpires() {
        store().claim(key, body, "crashed", Duration.ofMillis(200));

        letTimePass(Duration.ofMillis(400));

        assertThat(store().claim(key, otherBody, "second", IN_FLIGHT)).isEqualTo(ClaimOutcome.CLAIMED);
        assertThat(store().complete(key, "crashed", CREATED, KEEP)).isFalse();
    }

    @Test
    void aCompletedRecordIsKeptForItsOwnLifetimeNotTheClaims() {
        store().claim(key, body, "first", Duration.ofMillis(200));
        store().complete(key, "first", CREATED, Duration.ofSeconds(30));

        letTimePass(Duration.ofMillis(400));

        assertThat(store().claim(key, body, "second", IN_FLIGHT)).isEqualTo(new ClaimOutcome.Completed(CREATED));
    }

    @Test
    void aCompletedRecordExpires() {
        store().claim(key, body, "first", IN_FLIGHT);
        store().complete(key, "first", CREATED, Duration.ofMillis(200));

        letTimePass(Duration.ofMillis(400));

        assertThat(store().claim(key, otherBody, "second", IN_FLIGHT)).isEqualTo(ClaimOutcome.CLAIMED);
    }

    @Test
    void ofManyConcurrentClaimsExactlyOneWins() throws Exception {
        int claims = 16;

        List<ClaimOutcome> outcomes = AtOnce.run(claims, i -> () -> store().claim(key, body, "claim-" + i, IN_FLIGHT));

        assertThat(outcomes).filteredOn(ClaimOutcome.CLAIMED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(ClaimOutcome.IN_FLIGHT::equals).hasSize(claims - 1);
    }
}
