package dev.stride.domain.shared;

/** The resource does not exist for this caller: absent, someone else's, or soft-deleted alike. */
public final class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
