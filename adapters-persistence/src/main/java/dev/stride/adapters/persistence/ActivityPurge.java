package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.Activities;
import dev.stride.domain.activity.PurgedActivity;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.select;

/** Activities removed for good: one by an admin, or in batches by the retention job. */
final class ActivityPurge {

    private final DSLContext dsl;

    ActivityPurge(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Long> deletePermanently(long activityId) {
        return dsl.deleteFrom(ACTIVITIES)
                .where(ACTIVITIES.ID.eq(activityId))
                .returning(ACTIVITIES.USER_ID)
                .fetchOptional(ACTIVITIES.USER_ID);
    }

    /**
     * Two bounded DELETEs: rows soft-deleted before the cutoff (oldest deletion first, through
     * {@code activities_deleted_at_idx}), then, if the batch has room, rows of accounts deleted
     * before it (through {@code users_deleted_idx} and the owner index). Rows are claimed with
     * {@code FOR UPDATE SKIP LOCKED}: a concurrent purge skips them instead of waiting, so no row is
     * removed, or reported, twice.
     */
    List<PurgedActivity> purgeDeletedBefore(Instant cutoff, int limit) {
        Activities doomed = ACTIVITIES.as("doomed");
        List<PurgedActivity> purged = new ArrayList<>(purge(doomed, doomed.DELETED_AT.lt(cutoff), doomed.DELETED_AT, limit));
        if (purged.size() < limit) {
            Condition ownerGoneLongAgo = doomed.USER_ID.in(select(USERS.ID).from(USERS).where(USERS.DELETED_AT.lt(cutoff)));
            purged.addAll(purge(doomed, ownerGoneLongAgo, doomed.ID, limit - purged.size()));
        }
        return purged;
    }

    private List<PurgedActivity> purge(Activities doomed, Condition which, Field<?> order, int limit) {
        return dsl.deleteFrom(ACTIVITIES)
                .where(ACTIVITIES.ID.in(select(doomed.ID).from(doomed).where(which).orderBy(order).limit(limit)
                        .forUpdate().skipLocked()))
                .returning(ACTIVITIES.ID, ACTIVITIES.USER_ID)
                .fetch(row -> new PurgedActivity(row.get(ACTIVITIES.ID), row.get(ACTIVITIES.USER_ID)));
    }
}
