package dev.stride.adapters.persistence;

import dev.stride.domain.activity.ActivityFilter;
import org.jooq.Condition;
import org.jooq.Field;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

/**
 * Which activity rows a statement sees: a live activity has no {@code deleted_at} and a live owner,
 * so closing an account hides its activities from every read without touching them; a trashed one
 * has a {@code deleted_at}.
 */
final class ActivityConditions {

    private ActivityConditions() {
    }

    static Condition live(long userId) {
        return ACTIVITIES.USER_ID.eq(userId).and(ACTIVITIES.DELETED_AT.isNull()).and(ownerIsLive(userId));
    }

    static Condition trashed(long userId) {
        return ACTIVITIES.USER_ID.eq(userId).and(ACTIVITIES.DELETED_AT.isNotNull());
    }

    /**
     * Not correlated with the activity row, so PostgreSQL checks it once per statement (an InitPlan).
     * Statistics hide a closed account's activities the same way.
     */
    static Condition ownerIsLive(long userId) {
        return exists(selectOne().from(USERS).where(USERS.ID.eq(userId), USERS.DELETED_AT.isNull()));
    }

    /** The filter on a table's type and date columns: activities for the page, the per-day totals for its count. */
    static Condition matching(ActivityFilter filter, Field<String> type, Field<LocalDate> date) {
        return (filter.type() == null ? noCondition() : type.eq(filter.type().name()))
                .and(filter.from() == null ? noCondition() : date.ge(filter.from()))
                .and(filter.to() == null ? noCondition() : date.le(filter.to()));
    }

    /** What every change does besides its own columns. */
    static Map<Field<?>, Object> changedAt(Instant now) {
        return Map.of(ACTIVITIES.VERSION, ACTIVITIES.VERSION.plus(1), ACTIVITIES.UPDATED_AT, now);
    }
}
