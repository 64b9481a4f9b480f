package dev.stride.domain.shared;

/**
 * The storage behind the repositories could not be reached in time (down, restarting, unreachable):
 * nothing was read or written, or a transaction's outcome is unknown. Not the caller's fault.
 */
public final class StorageUnavailableException extends DomainException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
