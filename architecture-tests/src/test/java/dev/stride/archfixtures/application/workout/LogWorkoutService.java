package dev.stride.archfixtures.application.workout;

import dev.stride.archfixtures.application.port.in.workout.LogWorkoutCommand;
import dev.stride.archfixtures.application.port.in.workout.LogWorkoutUseCase;
import dev.stride.archfixtures.domain.port.Transactions;
import dev.stride.archfixtures.domain.port.WorkoutRepository;
import dev.stride.archfixtures.domain.workout.Workout;

public final class LogWorkoutService implements LogWorkoutUseCase {

    private final WorkoutRepository workouts;
    private final Transactions transactions;

    public LogWorkoutService(WorkoutRepository workouts, Transactions transactions) {
        this.workouts = workouts;
        this.transactions = transactions;
    }

    @Override
    public Workout log(LogWorkoutCommand command) {
        return transactions.inTransaction(() -> workouts.insert(command.name()));
    }
}
