package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.ActivityDayTotals;
import dev.stride.adapters.persistence.jooq.tables.records.ActivitiesRecord;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityPosition;
import dev.stride.domain.activity.ActivitySort;
import dev.stride.domain.activity.SortKey;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.shared.Slice;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.util.List;

import static dev.stride.adapters.persistence.ActivityConditions.live;
import static dev.stride.adapters.persistence.ActivityConditions.matching;
import static dev.stride.adapters.persistence.ActivityConditions.ownerIsLive;
import static dev.stride.adapters.persistence.ActivityConditions.trashed;
import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITY_DAY_TOTALS;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.sum;

/**
 * The pages of a user's activities, live or in the trash: numbered pages with their total, and
 * keyset pages after a position. Each is one index scan; the queries are package-private so that a
 * test can show their plans.
 */
final class ActivityListingQueries {

    /**
     * The distance as the list orders it: a missing one below every real distance (which are 0..1000),
     * spelled exactly as in {@code activities_live_user_distance_idx} so that the index serves it.
     */
    private static final BigDecimal MISSING_DISTANCE = BigDecimal.valueOf(-1);
    private static final Field<BigDecimal> DISTANCE_OR_MISSING = coalesce(ACTIVITIES.DISTANCE_KM, inline(MISSING_DISTANCE));
    private static final List<SortField<?>> TRASH_ORDER = List.of(ACTIVITIES.DELETED_AT.desc(), ACTIVITIES.ID.desc());

    private final DSLContext dsl;

    ActivityListingQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    Page<Activity> findLive(long userId, ActivityFilter filter, ActivitySort sort, PageRequest page) {
        return page(liveListing(userId, filter, sort), page, liveCountQuery(userId, filter));
    }

    Slice<Activity> findLiveAfter(long userId, ActivityFilter filter, ActivitySort sort, ActivityPosition after, int size) {
        return Slice.ofOneMoreThan(keysetQuery(liveListing(userId, filter, sort), sort, after, size)
                .fetch(ActivityMapper::toActivity), size);
    }

    Page<Activity> findDeleted(long userId, PageRequest page) {
        Listing trash = trashListing(userId);
        return page(trash, page, dsl.selectCount().from(ACTIVITIES).where(trash.condition()));
    }

    /** Which rows a listing shows, in which order. */
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
