package dev.stride.archfixtures.application.workout;

import org.springframework.beans.factory.annotation.Autowired;

public final class BadInjectedService {

    private final LogWorkoutService logWorkout;

    @Autowired
    public BadInjectedService(LogWorkoutService logWorkout) {
        this.logWorkout = logWorkout;
    }

    public boolean wired() {
        return logWorkout != null;
    }
}
