package dev.stride.domain.shared;

/** Base of every error the core reports on purpose; adapters translate each kind to their protocol. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
