package dev.stride.application.port.in.idempotency;

import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.StoredResponse;

/** Whether a request with an {@code Idempotency-Key} may be processed, and what to answer when not. */
public sealed interface Admission {

    /** First of its key: process it, then report the response with {@link IdempotentRequestsUseCase#finish}. */
    record Proceed(IdempotencyKey key, String claimToken) implements Admission {
    }

    /** Processed before: answer this response again, and create nothing. */
    record Replay(StoredResponse response) implements Admission {
    }

    /** The same key is being processed right now (409). */
    record InFlight() implements Admission {
    }

    /** The key was used for a different request (422). */
    record Mismatch() implements Admission {
    }
}
