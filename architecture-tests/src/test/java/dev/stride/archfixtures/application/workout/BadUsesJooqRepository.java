package dev.stride.archfixtures.application.workout;

import dev.stride.archfixtures.adapters.persistence.JooqWorkoutRepository;

public final class BadUsesJooqRepository {

    private final JooqWorkoutRepository workouts = new JooqWorkoutRepository();

    public void log(String name) {
        workouts.insert(name);
    }
}
