package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.Activities;
import dev.stride.adapters.persistence.jooq.tables.ActivityDayTotals;
import dev.stride.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.SortKey;
import dev.stride.domain.activity.PurgedActivity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITY_DAY_TOTALS;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static dev.stride.adapters.persistence.jooq.Tables.USER_ACTIVITY_COUNTS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

/**
 * Activities in PostgreSQL. A live activity has no {@code deleted_at} and a live owner, so closing
 * an account hides its activities from every read without touching them. Each change is one
 * conditional statement whose row count (or returned row) tells success from not-found, so there
 * is no read-then-write race.
 */
final class JooqActivityRepository implements ActivityRepository {

    /**
     * The distance as the list orders it: a missing one below every real distance (which are 0..1000),
     * spelled exactly as in {@code activities_live_user_distance_idx} so that the index serves it.
     */
    private static final BigDecimal MISSING_DISTANCE = BigDecimal.valueOf(-1);
    private static final Field<BigDecimal> DISTANCE_OR_MISSING = coalesce(ACTIVITIES.DISTANCE_KM, inline(MISSING_DISTANCE));
    private static final List<SortField<?>> TRASH_ORDER = List.of(ACTIVITIES.DELETED_AT.desc(), ACTIVITIES.ID.desc());

    /** Rows the driver holds at a time while streaming an export. */
    private static final int STREAM_FETCH_SIZE = 500;

    private final DSLContext dsl;

    JooqActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Activity insert(long userId, ActivityDetails details, Instant now) {
        return dsl.insertInto(ACTIVITIES)
                .set(ActivityMapper.detailsRecord(details))
                .set(ACTIVITIES.USER_ID, userId)
                .set(ACTIVITIES.CREATED_AT, now)
                .set(ACTIVITIES.UPDATED_AT, now)
                .returning()
                .fetchSingle(ActivityMapper::toActivity);
    }

    @Override
    public Optional<Activity> findLive(long userId, long activityId) {
        return dsl.selectFrom(ACTIVITIES)
                .where(ACTIVITIES.ID.eq(activityId), live(userId))
                .fetchOptional(ActivityMapper::toActivity);
    }

    @Override
    public Page<Activity> findLive(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page) {
        return page(liveListing(userId, filter, sort), page, liveCountQuery(userId, filter));
    }

    @Override
    public Slice<Activity> findLiveAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after,
                                         int size) {
        return Slice.ofOneMoreThan(keysetQuery(liveListing(userId, filter, sort), sort, after, size)
                .fetch(ActivityMapper::toActivity), size);
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

    /** One JDBC batch. */
    @Override
    public void insertAll(long userId, List<ActivityDetails> details, Instant now) {
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
    @Override
    public long countLiveHoldingQuotaLock(long userId) {
        dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(userId)).forNoKeyUpdate().execute();
        return dsl.select(USER_ACTIVITY_COUNTS.LIVE_COUNT).from(USER_ACTIVITY_COUNTS)
                .where(USER_ACTIVITY_COUNTS.USER_ID.eq(userId), ownerIsLive(userId))
                .fetchOptional(USER_ACTIVITY_COUNTS.LIVE_COUNT).orElse(0);
    }

    @Override
    public Optional<Activity> update(long userId, long activityId, ActivityDetails details, int expectedVersion,
                                     Instant now) {
        return dsl.update(ACTIVITIES)
                .set(ActivityMapper.detailsRecord(details))
                .set(changedAt(now))
                .where(ACTIVITIES.ID.eq(activityId), ACTIVITIES.VERSION.eq(expectedVersion), live(userId))
                .returning()
                .fetchOptional(ActivityMapper::toActivity);
    }

    @Override
    public boolean softDelete(long userId, long activityId, Instant now) {
        return dsl.update(ACTIVITIES)
                .set(ACTIVITIES.DELETED_AT, now)
                .set(changedAt(now))
                .where(ACTIVITIES.ID.eq(activityId), live(userId))
                .execute() == 1;
    }

    @Override
    public Optional<Activity> restore(long userId, long activityId, Instant now) {
        return dsl.update(ACTIVITIES)
                .setNull(ACTIVITIES.DELETED_AT)
                .set(changedAt(now))
                .where(ACTIVITIES.ID.eq(activityId), trashed(userId), ownerIsLive(userId))
                .returning()
                .fetchOptional(ActivityMapper::toActivity);
    }

    @Override
    public Page<Activity> findDeleted(long userId, PageRequest page) {
        Listing trash = trashListing(userId);
        return page(trash, page, dsl.selectCount().from(ACTIVITIES).where(trash.condition()));
    }

    @Override
    public Optional<Long> deletePermanently(long activityId) {
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
    @Override
    public List<PurgedActivity> purgeDeletedBefore(Instant cutoff, int limit) {
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

    /** Which rows a listing shows, in which order. Package-private, like its queries, so a test can show their plans. */
    record Listing(Condition condition, List<SortField<?>> order) {
    }

    /**
     * Each order is served by one index on (user_id, key, id) of the live rows, read forwards or
     * backwards: V1's date index, V4's duration, distance and creation indexes.
     */
    static Listing liveListing(long userId, ActivityFilter filter, ActivitySort sort) {
        Field<?> key = sortField(sort.key());
        List<SortField<?>> order = sort.descending()
                ? List.of(key.desc(), ACTIVITIES.ID.desc())
                : List.of(key.asc(), ACTIVITIES.ID.asc());
        return new Listing(live(userId).and(matching(filter, ACTIVITIES.ACTIVITY_TYPE, ACTIVITIES.ACTIVITY_DATE)), order);
    }

    static Listing trashListing(long userId) {
        return new Listing(trashed(userId), TRASH_ORDER);
    }

    ResultQuery<ActivitiesRecord> pageQuery(Listing listing, PageRequest page) {
        return dsl.selectFrom(ACTIVITIES)
                .where(listing.condition())
                .orderBy(listing.order())
                .limit(page.size())
                .offset(page.offset());
    }

    /**
     * The rows after a position: a row comparison on (key, id), which PostgreSQL turns into the start
     * of the index scan, so the rows before it are never read.
     */
    ResultQuery<ActivitiesRecord> keysetQuery(Listing listing, ActivitySort sort, ActivityPosition after, int size) {
        return dsl.selectFrom(ACTIVITIES)
                .where(listing.condition(), beyond(sortField(sort.key()), after, sort.descending()))
                .orderBy(listing.order())
                .limit(size + 1);
    }

    private static <T> Condition beyond(Field<T> key, ActivityPosition after, boolean descending) {
        T value = key.getDataType().convert(after.value() == null ? MISSING_DISTANCE : after.value());
        var position = row(key, ACTIVITIES.ID);
        return descending ? position.lt(value, after.id()) : position.gt(value, after.id());
    }

    private static Field<?> sortField(SortKey key) {
        return switch (key) {
            case ACTIVITY_DATE -> ACTIVITIES.ACTIVITY_DATE;
            case DURATION_MINUTES -> ACTIVITIES.DURATION_MINUTES;
            case DISTANCE_KM -> DISTANCE_OR_MISSING;
            case CREATED_AT -> ACTIVITIES.CREATED_AT;
        };
    }

    /**
     * Live activities are counted from the per-day totals (V3), which grow with the days a user was
     * active rather than with their activities; the trash is small and counted directly.
     */
    ResultQuery<Record1<Integer>> liveCountQuery(long userId, ActivityFilter filter) {
        ActivityDayTotals day = ACTIVITY_DAY_TOTALS;
        return dsl.select(coalesce(sum(day.ACTIVITY_COUNT), BigDecimal.ZERO).cast(SQLDataType.INTEGER))
                .from(day)
                .where(day.USER_ID.eq(userId), ownerIsLive(userId),
                        matching(filter, day.ACTIVITY_TYPE, day.ACTIVITY_DATE));
    }

    private static Condition live(long userId) {
        return ACTIVITIES.USER_ID.eq(userId).and(ACTIVITIES.DELETED_AT.isNull()).and(ownerIsLive(userId));
    }

    private static Condition trashed(long userId) {
        return ACTIVITIES.USER_ID.eq(userId).and(ACTIVITIES.DELETED_AT.isNotNull());
    }

    /** The filter on a table's type and date columns: activities for the page, the per-day totals for its count. */
    private static Condition matching(ActivityFilter filter, Field<String> type, Field<LocalDate> date) {
        return (filter.type() == null ? noCondition() : type.eq(filter.type().name()))
                .and(filter.from() == null ? noCondition() : date.ge(filter.from()))
                .and(filter.to() == null ? noCondition() : date.le(filter.to()));
    }

    /**
     * Not correlated with the activity row, so PostgreSQL checks it once per statement (an InitPlan).
     * Package-private: statistics hide a closed account's activities the same way.
     */
    static Condition ownerIsLive(long userId) {
        return exists(selectOne().from(USERS).where(USERS.ID.eq(userId), USERS.DELETED_AT.isNull()));
    }

    /** What every change does besides its own columns. */
    private static Map<Field<?>, Object> changedAt(Instant now) {
        return Map.of(ACTIVITIES.VERSION, ACTIVITIES.VERSION.plus(1), ACTIVITIES.UPDATED_AT, now);
    }

    private Page<Activity> page(Listing listing, PageRequest page, ResultQuery<Record1<Integer>> count) {
        List<Activity> items = pageQuery(listing, page).fetch(ActivityMapper::toActivity);
        return Page.of(items, page, totalItems(page, items, count));
    }

    /** A page neither empty nor full is the last one and tells the total itself; only then is the count skipped. */
    private static long totalItems(PageRequest page, List<Activity> items, ResultQuery<Record1<Integer>> count) {
        if (!items.isEmpty() && items.size() < page.size()) {
            return page.offset() + items.size();
        }
        return count.fetchSingle().value1();
    }
}
