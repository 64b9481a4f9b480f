package dev.stride.domain.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Too much of one kind of work is under way: refused at once rather than queued without end, so
 * that the rest of the service keeps answering. The caller may try again after {@code retryAfter}.
 */
public final class OverloadedException extends DomainException {

    private final Duration retryAfter;

    public OverloadedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
