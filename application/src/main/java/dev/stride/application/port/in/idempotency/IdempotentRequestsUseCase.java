package dev.stride.application.port.in.idempotency;

import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;

/**
 * Requests made safe to retry with an {@code Idempotency-Key} (the IETF httpapi draft): admit, then
 * process and finish, or abandon if processing threw. Wraps any request that creates something.
 */
public interface IdempotentRequestsUseCase {

    /** @throws IdempotencyStoreUnavailableException when the records cannot be reached: do not process then */
    Admission admit(IdempotencyKey key, RequestFingerprint fingerprint);

    /** The admitted request was answered {@code response}: kept for replays if it succeeded, else the key is freed. */
    void finish(Admission.Proceed admitted, StoredResponse response);

    /** Processing the admitted request threw: the key is freed, a retry is processed anew. */
    void abandon(Admission.Proceed admitted);
}
