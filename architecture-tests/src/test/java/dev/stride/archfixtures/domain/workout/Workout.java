package dev.stride.archfixtures.domain.workout;

import dev.stride.archfixtures.domain.shared.DomainProblem;

public record Workout(long id, String name) {

    public Workout {
        if (name.isBlank()) {
            throw new DomainProblem("a workout needs a name");
        }
    }
}
