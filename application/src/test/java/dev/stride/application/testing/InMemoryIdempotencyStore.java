package dev.stride.application.testing;

import dev.stride.domain.idempotency.ClaimOutcome;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Idempotency records in a map, expiring on the given clock; one lock makes each call atomic. */
public class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(RequestFingerprint fingerprint, String claimToken, StoredResponse response, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

    public InMemoryIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ClaimOutcome claim(IdempotencyKey key, RequestFingerprint fingerprint, String claimToken,
                                           Duration inFlightFor) {
        Entry entry = live(key);
        if (entry == null) {
            entries.put(key, new Entry(fingerprint, claimToken, null, clock.instant().plus(inFlightFor)));
            return ClaimOutcome.CLAIMED;
        }
        if (!entry.fingerprint().equals(fingerprint)) {
            return ClaimOutcome.MISMATCH;
        }
        return entry.response() == null ? ClaimOutcome.IN_FLIGHT : new ClaimOutcome.Completed(entry.response());
    }

    @Override
    public synchronized boolean complete(IdempotencyKey key, String claimToken, StoredResponse response, Duration keepFor) {
        Entry entry = live(key);
        if (entry == null || entry.response() != null || !entry.claimToken().equals(claimToken)) {
            return false;
        }
        entries.put(key, new Entry(entry.fingerprint(), claimToken, response, clock.instant().plus(keepFor)));
        return true;
    }

    @Override
    public synchronized void release(IdempotencyKey key, String claimToken) {
        Entry entry = live(key);
        if (entry != null && entry.response() == null && entry.claimToken().equals(claimToken)) {
            entries.remove(key);
        }
    }

    private Entry live(IdempotencyKey key) {
        Entry entry = entries.get(key);
        if (entry != null && !clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key);
            return null;
        }
        return entry;
    }
}
