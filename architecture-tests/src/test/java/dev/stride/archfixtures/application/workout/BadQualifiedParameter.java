package dev.stride.archfixtures.application.workout;

import dev.stride.archfixtures.domain.port.WorkoutRepository;
import org.springframework.beans.factory.annotation.Qualifier;

public final class BadQualifiedParameter {

    private final WorkoutRepository workouts;

    public BadQualifiedParameter(@Qualifier("primary") WorkoutRepository workouts) {
        this.workouts = workouts;
    }

    public boolean wired() {
        return workouts != null;
    }
}
