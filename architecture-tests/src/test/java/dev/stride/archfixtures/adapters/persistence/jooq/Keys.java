package dev.stride.archfixtures.adapters.persistence.jooq;

import dev.stride.archfixtures.adapters.persistence.jooq.tables.Workouts;

/** Like jOOQ's generated Keys: points at tables that point back, a cycle by construction. */
public final class Keys {

    public static final String WORKOUTS_PKEY = Workouts.WORKOUTS.name() + "_pkey";

    private Keys() {
    }
}
