package dev.stride.domain.session;

import dev.stride.domain.shared.DomainException;

/** The session store could not be reached; sessions can be neither issued nor checked right now. */
public final class SessionStoreUnavailableException extends DomainException {

    public SessionStoreUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
