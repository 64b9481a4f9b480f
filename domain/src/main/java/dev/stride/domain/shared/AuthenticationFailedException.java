package dev.stride.domain.shared;

/** Credentials or a token were not accepted. Deliberately says nothing about which part was wrong. */
public final class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException() {
        super("authentication failed");
    }
}
