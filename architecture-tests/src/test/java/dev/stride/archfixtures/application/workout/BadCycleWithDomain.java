package dev.stride.archfixtures.application.workout;

import dev.stride.archfixtures.domain.port.BadCycleWithApplication;

public final class BadCycleWithDomain {

    BadCycleWithApplication other;
}
