package dev.stride.archfixtures.domain.port;

import dev.stride.archfixtures.application.workout.BadCycleWithDomain;

public final class BadCycleWithApplication {

    BadCycleWithDomain other;
}
