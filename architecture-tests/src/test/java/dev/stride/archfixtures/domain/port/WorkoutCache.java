package dev.stride.archfixtures.domain.port;

import dev.stride.archfixtures.domain.workout.Workout;

import java.util.Optional;

public interface WorkoutCache {

    Optional<Workout> find(long id);
}
