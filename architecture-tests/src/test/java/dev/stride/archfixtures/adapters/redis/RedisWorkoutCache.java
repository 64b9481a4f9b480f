package dev.stride.archfixtures.adapters.redis;

import dev.stride.archfixtures.domain.port.WorkoutCache;
import dev.stride.archfixtures.domain.workout.Workout;

import java.util.Optional;

public class RedisWorkoutCache implements WorkoutCache {

    @Override
    public Optional<Workout> find(long id) {
        return Optional.empty();
    }
}
