package dev.stride.archfixtures.domain.port;

import dev.stride.archfixtures.domain.workout.Workout;

public interface WorkoutRepository {

    Workout insert(String name);
}
