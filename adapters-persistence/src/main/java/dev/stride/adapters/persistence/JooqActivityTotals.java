package dev.stride.adapters.persistence;

import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.stats.BucketTotals;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Totals;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;

/**
 * Statistics as one GROUP BY in PostgreSQL. The partial index {@code activities_live_user_date_idx}
 * covers (user, date) and INCLUDEs type, duration and distance, so the scan is index-only over just
 * the requested date range; no row of another user or outside the range is read.
 */
final class JooqActivityTotals implements ActivityTotals {

    private final DSLContext sql;

    JooqActivityTotals(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public List<BucketTotals> sum(long userId, StatsRange range) {
        Field<LocalDate> bucket = bucketStart(range.period());
        Field<Integer> count = DSL.count();
        Field<BigDecimal> minutes = DSL.sum(ACTIVITIES.DURATION_MINUTES);
        Field<BigDecimal> distance = DSL.coalesce(DSL.sum(ACTIVITIES.DISTANCE_KM), BigDecimal.ZERO);
        return sql.select(bucket, ACTIVITIES.ACTIVITY_TYPE, count, minutes, distance)
                .from(ACTIVITIES)
                .where(ACTIVITIES.USER_ID.eq(userId)
                        .and(ACTIVITIES.DELETED_AT.isNull())
                        .and(ACTIVITIES.ACTIVITY_DATE.between(range.from(), range.to()))
                        .andExists(DSL.selectOne().from(USERS).where(USERS.ID.eq(userId).and(USERS.DELETED_AT.isNull()))))
                .groupBy(bucket, ACTIVITIES.ACTIVITY_TYPE)
                .fetch(r -> new BucketTotals(r.value1(), ActivityType.valueOf(r.value2()),
                        new Totals(r.value3(), r.value4().longValueExact(), r.value5())));
    }

    /** PostgreSQL's date_trunc: weeks start on Monday (ISO), months on the first. */
    private static Field<LocalDate> bucketStart(StatsPeriod period) {
        return switch (period) {
            case DAY -> ACTIVITIES.ACTIVITY_DATE;
            case WEEK -> DSL.trunc(ACTIVITIES.ACTIVITY_DATE, DatePart.WEEK).cast(SQLDataType.LOCALDATE);
            case MONTH -> DSL.trunc(ACTIVITIES.ACTIVITY_DATE, DatePart.MONTH).cast(SQLDataType.LOCALDATE);
        };
    }
}
