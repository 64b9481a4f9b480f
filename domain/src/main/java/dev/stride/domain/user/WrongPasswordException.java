package dev.stride.domain.user;

import dev.stride.domain.shared.DomainException;

/** The caller is authenticated, but the password they confirmed a sensitive change with is not theirs. */
public final class WrongPasswordException extends DomainException {

    public WrongPasswordException() {
        super("the current password is not correct");
    }
}
