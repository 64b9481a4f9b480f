package dev.stride.adapters.web.problem;

/** A body within the byte limit that still holds more than an endpoint takes (too many rows): 413. */
public final class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
