package dev.stride.domain.idempotency;

import dev.stride.domain.shared.DomainException;

/** The idempotency records cannot be reached: a request with a key cannot be processed safely right now. */
public final class IdempotencyStoreUnavailableException extends DomainException {

    public IdempotencyStoreUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
