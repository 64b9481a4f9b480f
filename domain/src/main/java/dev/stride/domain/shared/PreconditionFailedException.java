package dev.stride.domain.shared;

/** An optimistic-concurrency check failed: the caller edited a version that is no longer current. */
public final class PreconditionFailedException extends DomainException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
