package dev.stride.archfixtures.adapters.persistence;

import dev.stride.archfixtures.application.port.in.workout.LogWorkoutCommand;
import dev.stride.archfixtures.application.port.in.workout.LogWorkoutUseCase;

public final class BadCallsUseCase {

    public void replay(LogWorkoutUseCase logWorkout) {
        logWorkout.log(new LogWorkoutCommand("replayed"));
    }
}
