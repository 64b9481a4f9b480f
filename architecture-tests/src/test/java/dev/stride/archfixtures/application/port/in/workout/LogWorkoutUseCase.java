package dev.stride.archfixtures.application.port.in.workout;

import dev.stride.archfixtures.domain.workout.Workout;

/** Carries a JDK annotation on purpose: those are allowed in the application. */
@FunctionalInterface
public interface LogWorkoutUseCase {

    Workout log(LogWorkoutCommand command);
}
