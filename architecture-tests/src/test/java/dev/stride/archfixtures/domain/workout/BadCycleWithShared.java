package dev.stride.archfixtures.domain.workout;

import dev.stride.archfixtures.domain.shared.BadCycleWithWorkout;

public final class BadCycleWithShared {

    BadCycleWithWorkout other;
}
