package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;
import org.jooq.Cursor;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.stride.adapters.persistence.ActivityConditions.live;
import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;

/**
 * Activities in PostgreSQL ({@link ActivityConditions} says which rows are live): one activity and
 * the export's stream here, the pages in {@link ActivityListingQueries}, the user's changes in
 * {@link ActivityWrites}, removal for good in {@link ActivityPurge}.
 */
final class JooqActivityRepository implements ActivityRepository {

    /** Rows the driver holds at a time while streaming an export. */
    private static final int STREAM_FETCH_SIZE = 500;

    private final DSLContext dsl;
    private final ActivityListingQueries listings;
    private final ActivityWrites writes;
    private final ActivityPurge purge;

    JooqActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.listings = new ActivityListingQueries(dsl);
        this.writes = new ActivityWrites(dsl);
        this.purge = new ActivityPurge(dsl);
    }

    @Override
    public Optional<Activity> findLive(long userId, long activityId) {
        return dsl.selectFrom(ACTIVITIES)
                .where(ACTIVITIES.ID.eq(activityId), live(userId))
                .fetchOptional(ActivityMapper::toActivity);
    }

    /** Oldest first, through {@code activities_live_user_created_idx}; the driver fetches a few hundred rows at a time. */
    @Override
    public void forEachLive(long userId, Consumer<Activity> sink) {
        try (Cursor<ActivitiesRecord> rows = dsl.selectFrom(ACTIVITIES)
                .where(live(userId))
                .orderBy(ACTIVITIES.CREATED_AT, ACTIVITIES.ID)
                .fetchSize(STREAM_FETCH_SIZE)
                .fetchLazy()) {
            rows.forEach(row -> sink.accept(ActivityMapper.toActivity(row)));
        }
    }

    @Override
    public Page<Activity> findLive(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page) {
        return listings.findLive(userId, filter, sort, page);
    }

    @Override
    public Slice<Activity> findLiveAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after,
                                         int size) {
        return listings.findLiveAfter(userId, filter, sort, after, size);
    }

    @Override
    public Page<Activity> findDeleted(long userId, PageRequest page) {
        return listings.findDeleted(userId, page);
    }

    @Override
    public Activity insert(long userId, ActivityDetails details, Instant now) {
        return writes.insert(userId, details, now);
    }

    @Override
    public void insertAll(long userId, List<ActivityDetails> details, Instant now) {
        writes.insertAll(userId, details, now);
    }

    @Override
    public long countLiveHoldingQuotaLock(long userId) {
        return writes.countLiveHoldingQuotaLock(userId);
    }

    @Override
    public Optional<Activity> update(long userId, long activityId, ActivityDetails details, int expectedVersion,
                                     Instant now) {
        return writes.update(userId, activityId, details, expectedVersion, now);
    }

    @Override
    public boolean softDelete(long userId, long activityId, Instant now) {
        return writes.softDelete(userId, activityId, now);
    }

    @Override
    public Optional<Activity> restore(long userId, long activityId, Instant now) {
        return writes.restore(userId, activityId, now);
    }

    @Override
    public Optional<Long> deletePermanently(long activityId) {
        return purge.deletePermanently(activityId);
    }

    @Override
    public List<PurgedActivity> purgeDeletedBefore(Instant cutoff, int limit) {
        return purge.purgeDeletedBefore(cutoff, limit);
    }
}
