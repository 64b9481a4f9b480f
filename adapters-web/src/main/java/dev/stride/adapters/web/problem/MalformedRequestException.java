package dev.stride.adapters.web.problem;

/** A request the web layer cannot make sense of (not a domain rule): answered 400 {@code malformed-request}. */
public final class MalformedRequestException extends RuntimeException {

    public MalformedRequestException(String detail) {
        super(detail);
    }
}
