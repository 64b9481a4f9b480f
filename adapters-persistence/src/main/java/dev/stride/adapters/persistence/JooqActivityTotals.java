package dev.stride.adapters.persistence;

import dev.stride.adapters.persistence.jooq.tables.ActivityDayTotals;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.stats.BucketTotals;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Totals;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITY_DAY_TOTALS;

/**
 * Statistics from {@code activity_day_totals}, the per-day totals a trigger keeps in step with every
 * write to activities (V3): one GROUP BY over the primary-key range of the user's requested dates,
 * so the cost grows with the days asked for, not with the activities logged on them.
 */
final class JooqActivityTotals implements ActivityTotals {

    private static final ActivityDayTotals DAY = ACTIVITY_DAY_TOTALS;

    private final DSLContext sql;

    JooqActivityTotals(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<BucketTotals> sum(long userId, StatsRange range) {
        return sumQuery(userId, range).fetch(r -> new BucketTotals(r.value1(), ActivityType.valueOf(r.value2()),
                new Totals(r.value3(), r.value4().longValueExact(), r.value5())));
    }

    /** Package-private so that a test can show its plan. */
    ResultQuery<Record5<LocalDate, String, Integer, BigDecimal, BigDecimal>> sumQuery(long userId, StatsRange range) {
        Field<LocalDate> bucket = bucketStart(range.period());
        Field<Integer> count = DSL.sum(DAY.ACTIVITY_COUNT).cast(SQLDataType.INTEGER);
        Field<BigDecimal> minutes = DSL.sum(DAY.DURATION_MINUTES);
        Field<BigDecimal> distance = DSL.sum(DAY.DISTANCE_KM);
        return sql.select(bucket, DAY.ACTIVITY_TYPE, count, minutes, distance)
                .from(DAY)
                .where(DAY.USER_ID.eq(userId)
                        .and(DAY.ACTIVITY_DATE.between(range.from(), range.to()))
                        .and(ActivityConditions.ownerIsLive(userId)))
                .groupBy(bucket, DAY.ACTIVITY_TYPE);
    }

    /** Weeks start on Monday (ISO), months on the first. */
    private static Field<LocalDate> bucketStart(StatsPeriod period) {
        return switch (period) {
            case DAY -> DAY.ACTIVITY_DATE;
            case WEEK -> dateTrunc("week");
            case MONTH -> dateTrunc("month");
        };
    }

    /**
     * PostgreSQL's date_trunc, which jOOQ cannot render for weeks. On a plain timestamp so that no
     * time zone takes part; the unit is inlined so that SELECT and GROUP BY hold the same expression.
     */
    private static Field<LocalDate> dateTrunc(String unit) {
        return DSL.field("date_trunc({0}, {1}::timestamp)::date", SQLDataType.LOCALDATE,
                DSL.inline(unit), DAY.ACTIVITY_DATE);
    }
}
