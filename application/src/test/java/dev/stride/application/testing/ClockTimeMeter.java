package dev.stride.application.testing;

import io.github.bucket4j.TimeMeter;

import java.time.Clock;

/** Lets Bucket4j read a {@link Clock}, so that tests move bucket time with a {@link MutableClock}. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        return MutableClock.epochNanos(clock.instant());
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
