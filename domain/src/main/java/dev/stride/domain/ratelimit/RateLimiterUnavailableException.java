package dev.stride.domain.ratelimit;

/**
 * The rate limiter could not count a request (its store is down, slow, or being skipped after
 * repeated failures). Not a client error: the caller decides whether to let the request pass.
 */
public final class RateLimiterUnavailableException extends RuntimeException {

    public RateLimiterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public RateLimiterUnavailableException(String message) {
        super(message);
    }
}
