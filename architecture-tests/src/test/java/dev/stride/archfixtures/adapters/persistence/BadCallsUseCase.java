package dev.stride.archfixtures.adapters.persistence;

import dev.stride.archfixtures.application.port.in.LogWorkoutCommand;
import dev.stride.archfixtures.application.port.in.LogWorkoutUseCase;

public final class BadCallsUseCase {

    public void replay(LogWorkoutUseCase logWorkout) {
        logWorkout.log(new LogWorkoutCommand("replayed"));
    }
}
