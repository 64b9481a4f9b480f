package dev.stride.archfixtures.adapters.metrics;

import dev.stride.archfixtures.domain.port.WorkoutMetrics;

import java.util.concurrent.atomic.AtomicLong;

public class CountingWorkoutMetrics implements WorkoutMetrics {

    private final AtomicLong logged = new AtomicLong();

    @Override
    public void logged() {
        logged.incrementAndGet();
    }
}
