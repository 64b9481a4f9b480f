package dev.stride.archfixtures.adapters.redis;

import dev.stride.archfixtures.application.workout.LogWorkoutService;

/** Reaches a use case through its implementation, outside application.port.in. */
public final class BadCallsService {

    private LogWorkoutService logWorkout;

    public boolean wired() {
        return logWorkout != null;
    }
}
