package dev.stride.archfixtures.adapters.redis;

import dev.stride.archfixtures.application.workout.WorkoutReminders;

/** Implements an interface of the application as if it were an outbound port: ports live in domain.port only. */
public final class BadImplementsPortOutsideTheDomain implements WorkoutReminders {

    @Override
    public void remind(long workoutId) {
    }
}
