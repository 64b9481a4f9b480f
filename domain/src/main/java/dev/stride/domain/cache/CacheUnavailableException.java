package dev.stride.domain.cache;

/** The cache could not answer in time; callers fall back to the source of truth. */
public class CacheUnavailableException extends RuntimeException {

    public CacheUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
