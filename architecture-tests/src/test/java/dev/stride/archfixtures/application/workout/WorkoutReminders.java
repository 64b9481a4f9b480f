package dev.stride.archfixtures.application.workout;

/** An interface of the application that only the application implements: allowed. An adapter implementing it is not. */
public interface WorkoutReminders {

    void remind(long workoutId);
}
