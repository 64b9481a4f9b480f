package dev.stride.archfixtures.adapters.persistence.jooq.tables;

import dev.stride.archfixtures.adapters.persistence.jooq.Keys;
import dev.stride.archfixtures.adapters.persistence.jooq.tables.records.WorkoutsRecord;

public record Workouts(String name) {

    public static final Workouts WORKOUTS = new Workouts("workouts");

    public String primaryKey() {
        return Keys.WORKOUTS_PKEY;
    }

    public WorkoutsRecord newRecord() {
        return new WorkoutsRecord(this);
    }
}
