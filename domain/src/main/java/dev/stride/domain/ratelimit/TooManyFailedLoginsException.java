package dev.stride.domain.ratelimit;

import dev.stride.domain.shared.DomainException;

import java.time.Duration;

/**
 * An account had too many failed logins in a while: no password is checked for it until
 * {@code retryAfter} has passed, whoever asks and from wherever.
 */
public final class TooManyFailedLoginsException extends DomainException {

    private final RateLimitPolicy policy;
    private final Duration retryAfter;

    public TooManyFailedLoginsException(RateLimitPolicy policy, Duration retryAfter) {
        super("too many failed logins for this account");
        this.policy = policy;
        this.retryAfter = retryAfter;
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
