package dev.stride.application.cache;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How one cache behaves: its name (a metrics tag), how long entries live, and what a write does.
 * TTLs are jittered downwards by up to {@code jitter} (a fraction) so that entries written together
 * do not expire together.
 */
public record CachePolicy(String name, Duration ttl, double jitter, WriteMode writeMode) {

    /**
     * {@code INVALIDATE}: a write retires the entry and the next read loads it. Right for derived
     * data (pages, statistics) that a write changes in ways not worth recomputing eagerly.
     * {@code WRITE_THROUGH}: a write also stores the fresh value at once, so the read that usually
     * follows a write (a client following {@code Location}) is a hit. Right for single entities.
     */
    public enum WriteMode { INVALIDATE, WRITE_THROUGH }

    public CachePolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(writeMode, "writeMode");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
    }

    Duration jitteredTtl() {
        long millis = ttl.toMillis();
        return Duration.ofMillis(millis - (long) (millis * jitter * ThreadLocalRandom.current().nextDouble()));
    }
}
