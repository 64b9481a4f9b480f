package dev.stride.domain.idempotency;

/** What claiming a key found. */
public sealed interface ClaimOutcome {

    /** Nobody had the key: the caller holds it now and processes the request. */
    record Claimed() implements ClaimOutcome {
    }

    /** A request with this key is being processed right now. */
    record InFlight() implements ClaimOutcome {
    }

    /** The key was used with a different request (another body or endpoint). */
    record Mismatch() implements ClaimOutcome {
    }

    /** The request was processed before: here is its response. */
    record Completed(StoredResponse response) implements ClaimOutcome {
    }

    ClaimOutcome CLAIMED = new Claimed();
    ClaimOutcome IN_FLIGHT = new InFlight();
    ClaimOutcome MISMATCH = new Mismatch();
}
