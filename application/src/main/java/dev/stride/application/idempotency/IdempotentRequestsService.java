package dev.stride.application.idempotency;

import dev.stride.application.port.in.idempotency.Admission;
import dev.stride.application.port.in.idempotency.IdempotentRequestsUseCase;
import dev.stride.domain.idempotency.ClaimOutcome;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import dev.stride.domain.port.IdempotencyStore;

import java.time.Duration;
import java.util.UUID;

/**
 * Only successful responses are kept (for {@code keepFor}). Anything else frees the key at once:
 * Stride's writes are single transactions, so a request that failed, with a 4xx or a 5xx, created
 * nothing, and its retry must be processed rather than told the old failure (the draft's advice for
 * failures that are safe to retry). A claim lives at most {@code inFlightFor}, so an instance that
 * dies between claim and completion blocks its key for that long, never for good.
 */
public final class IdempotentRequestsService implements IdempotentRequestsUseCase {

    private static final System.Logger log = System.getLogger(IdempotentRequestsService.class.getName());

    private final IdempotencyStore store;
    private final Duration keepFor;
    private final Duration inFlightFor;

    public IdempotentRequestsService(IdempotencyStore store, Duration keepFor, Duration inFlightFor) {
        this.store = store;
        this.keepFor = keepFor;
        this.inFlightFor = inFlightFor;
    }

    @Override
    public Admission admit(IdempotencyKey key, RequestFingerprint fingerprint) {
        String claimToken = UUID.randomUUID().toString();
        return switch (store.claim(key, fingerprint, claimToken, inFlightFor)) {
            case ClaimOutcome.Claimed claimed -> new Admission.Proceed(key, claimToken);
            case ClaimOutcome.Completed(StoredResponse response) -> new Admission.Replay(response);
            case ClaimOutcome.InFlight inFlight -> new Admission.InFlight();
            case ClaimOutcome.Mismatch mismatch -> new Admission.Mismatch();
        };
    }

    /**
     * The request has been processed whatever happens here, so the store failing now must not turn
     * its answer into an error: the client gets it. The claim then expires by itself.
     */
    @Override
    public void finish(Admission.Proceed admitted, StoredResponse response) {
        if (!response.isSuccess()) {
            abandon(admitted);
            return;
        }
        try {
            if (!store.complete(admitted.key(), admitted.claimToken(), response, keepFor)) {
                log.log(System.Logger.Level.WARNING, "idempotency claim of user {0} expired before its request "
                        + "completed (processing took longer than {1}); the response is not kept",
                        admitted.key().userId(), inFlightFor);
            }
        } catch (IdempotencyStoreUnavailableException e) {
            log.log(System.Logger.Level.WARNING, "response of an idempotent request of user {0} not kept: {1}",
                    admitted.key().userId(), e.getMessage());
        }
    }

    @Override
    public void abandon(Admission.Proceed admitted) {
        try {
            store.release(admitted.key(), admitted.claimToken());
        } catch (IdempotencyStoreUnavailableException e) {
            log.log(System.Logger.Level.WARNING, "idempotency claim of user {0} not released (it expires in {1}): {2}",
                    admitted.key().userId(), inFlightFor, e.getMessage());
        }
    }
}
