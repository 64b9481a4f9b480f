package dev.stride.archfixtures.adapters.web;

import dev.stride.archfixtures.domain.port.WorkoutRepository;

public final class BadCallsRepository {

    private final WorkoutRepository workouts;

    public BadCallsRepository(WorkoutRepository workouts) {
        this.workouts = workouts;
    }

    public long log(String name) {
        return workouts.insert(name).id();
    }
}
