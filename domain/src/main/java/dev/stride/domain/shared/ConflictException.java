package dev.stride.domain.shared;

/** The request clashes with the current state, for example an email already taken by a live account. */
public final class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
