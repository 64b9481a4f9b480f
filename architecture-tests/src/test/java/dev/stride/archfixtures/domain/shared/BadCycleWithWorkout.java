package dev.stride.archfixtures.domain.shared;

import dev.stride.archfixtures.domain.workout.BadCycleWithShared;

public final class BadCycleWithWorkout {

    BadCycleWithShared other;
}
