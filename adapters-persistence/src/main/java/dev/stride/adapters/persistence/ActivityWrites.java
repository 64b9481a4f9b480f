package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.stride.adapters.persistence.ActivityConditions.changedAt;
import static dev.stride.adapters.persistence.ActivityConditions.live;
import static dev.stride.adapters.persistence.ActivityConditions.ownerIsLive;
import static dev.stride.adapters.persistence.ActivityConditions.trashed;
import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static dev.stride.adapters.persistence.jooq.Tables.USER_ACTIVITY_COUNTS;

/**
 * What a user does to their activities: log them, change them, move them to the trash and back.
 * Each change is one conditional statement whose row count (or returned row) tells success from
 * not-found, so there is no read-then-write race.
 */
final class ActivityWrites {

    private final DSLContext dsl;

    ActivityWrites(DSLContext dsl) {
        this.dsl = dsl;
    }

    Activity insert(long userId, ActivityDetails details, Instant now) {
        return dsl.insertInto(ACTIVITIES)
                .set(ActivityMapper.detailsRecord(details))
                .set(ACTIVITIES.USER_ID, userId)
                .set(ACTIVITIES.CREATED_AT, now)
                .set(ACTIVITIES.UPDATED_AT, now)
                .returning()
                .fetchSingle(ActivityMapper::toActivity);
    }

    /** One JDBC batch. */
    void insertAll(long userId, List<ActivityDetails> details, Instant now) {
        dsl.batchInsert(details.stream().map(d -> {
            ActivitiesRecord row = ActivityMapper.detailsRecord(d);
            row.setUserId(userId);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            return row;
        }).toList()).execute();
    }

    /**
     * The lock is {@code FOR NO KEY UPDATE} on the user's row: quota checks of one user queue behind
     * each other (and behind the closing of the account), while the foreign-key checks of other
     * writes ({@code FOR KEY SHARE}) pass. The count is one row that the triggers keep (V7), not a
     * sum. Under READ COMMITTED the count, a statement after the lock, sees what the previous holder
     * committed.
     */
    long countLiveHoldingQuotaLock(long userId) {
        dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(userId)).forNoKeyUpdate().execute();
        return dsl.select(USER_ACTIVITY_COUNTS.LIVE_COUNT).from(USER_ACTIVITY_COUNTS)
                .where(USER_ACTIVITY_COUNTS.USER_ID.eq(userId), ownerIsLive(userId))
                .fetchOptional(USER_ACTIVITY_COUNTS.LIVE_COUNT).orElse(0);
    }

    Optional<Activity> update(long userId, long activityId, ActivityDetails details, int expectedVersion, Instant now) {
        return dsl.update(ACTIVITIES)
                .set(ActivityMapper.detailsRecord(details))
                .set(changedAt(now))
                .where(ACTIVITIES.ID.eq(activityId), ACTIVITIES.VERSION.eq(expectedVersion), live(userId))
                .returning()
                .fetchOptional(ActivityMapper::toActivity);
    }

    boolean softDelete(long userId, long activityId, Instant now) {
        return dsl.update(ACTIVITIES)
                .set(ACTIVITIES.DELETED_AT, now)
                .set(changedAt(now))
                .where(ACTIVITIES.ID.eq(activityId), live(userId))
                .execute() == 1;
    }

    Optional<Activity> restore(long userId, long activityId, Instant now) {
        return dsl.update(ACTIVITIES)
                .setNull(ACTIVITIES.DELETED_AT)
                .set(changedAt(now))
                .where(ACTIVITIES.ID.eq(activityId), trashed(userId), ownerIsLive(userId))
                .returning()
                .fetchOptional(ActivityMapper::toActivity);
    }
}
