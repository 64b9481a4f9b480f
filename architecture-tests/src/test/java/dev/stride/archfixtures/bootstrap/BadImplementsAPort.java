package dev.stride.archfixtures.bootstrap;

import dev.stride.archfixtures.domain.port.WorkoutMetrics;

/** A port's implementation belongs in the adapter module of its technology, not in the module that wires. */
public class BadImplementsAPort implements WorkoutMetrics {

    @Override
    public void logged() {
        // counted nowhere
    }
}
