package dev.stride.domain.port;

import dev.stride.domain.idempotency.ClaimOutcome;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;

import java.time.Duration;

/**
 * Records of requests sent with an {@code Idempotency-Key}: first claimed (in flight), then either
 * completed with their response or released. Every method may throw
 * {@link IdempotencyStoreUnavailableException}.
 */
public interface IdempotencyStore {

    /**
     * Atomically: when the key is free, records it as in flight for {@code fingerprint}, held by
     * {@code claimToken} for at most {@code inFlightFor} (so a holder that dies cannot block the key
     * for longer), and answers {@link ClaimOutcome.Claimed}; of any number of concurrent claims
     * exactly one gets that. Otherwise: {@link ClaimOutcome.Mismatch} when the record is of another
     * fingerprint, else {@link ClaimOutcome.InFlight} or {@link ClaimOutcome.Completed}.
     */
    ClaimOutcome claim(IdempotencyKey key, RequestFingerprint fingerprint, String claimToken, Duration inFlightFor);

    /**
     * Stores the response of a claimed request, kept for {@code keepFor}; only while the claim is still
     * {@code claimToken}'s (false when it expired or was taken over meanwhile: nothing changes then).
     */
    boolean complete(IdempotencyKey key, String claimToken, StoredResponse response, Duration keepFor);

    /** Forgets an in-flight record still held by {@code claimToken}, so the key can be used again. */
    void release(IdempotencyKey key, String claimToken);
}
