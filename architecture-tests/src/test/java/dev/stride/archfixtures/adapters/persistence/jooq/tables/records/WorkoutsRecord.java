package dev.stride.archfixtures.adapters.persistence.jooq.tables.records;

import dev.stride.archfixtures.adapters.persistence.jooq.tables.Workouts;

public record WorkoutsRecord(Workouts table) {
}
