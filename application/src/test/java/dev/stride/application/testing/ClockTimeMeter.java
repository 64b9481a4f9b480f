package dev.stride.application.testing;

import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Instant;

/** Lets Bucket4j read a {@link Clock}, so that tests move bucket time with a {@link MutableClock}. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
