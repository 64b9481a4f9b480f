package dev.stride.archfixtures.adapters.persistence;

import dev.stride.archfixtures.adapters.persistence.jooq.tables.Workouts;
import dev.stride.archfixtures.domain.port.WorkoutRepository;
import dev.stride.archfixtures.domain.workout.Workout;

public class JooqWorkoutRepository implements WorkoutRepository {

    @Override
    public Workout insert(String name) {
        return new Workout(Workouts.WORKOUTS.newRecord().hashCode(), name);
    }
}
