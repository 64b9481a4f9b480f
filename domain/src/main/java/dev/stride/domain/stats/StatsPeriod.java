package dev.stride.domain.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** How statistics are bucketed. Weeks start on Monday (ISO). */
public enum StatsPeriod {
    DAY(30, ChronoUnit.DAYS),
    WEEK(12, ChronoUnit.WEEKS),
    MONTH(12, ChronoUnit.MONTHS);

    private final int defaultBuckets;
    private final ChronoUnit unit;

    StatsPeriod(int defaultBuckets, ChronoUnit unit) {
        this.defaultBuckets = defaultBuckets;
        this.unit = unit;
    }

    /** The first day of the bucket that holds {@code date}. */
    public LocalDate bucketStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    public LocalDate nextBucket(LocalDate bucketStart) {
        return bucketStart.plus(1, unit);
    }

    /** The first day of the default range: {@code defaultBuckets} buckets ending with the one holding {@code to}. */
    public LocalDate defaultFrom(LocalDate to) {
        return bucketStart(to).minus(defaultBuckets - 1L, unit);
    }

    public long bucketsBetween(LocalDate from, LocalDate to) {
        return unit.between(bucketStart(from), bucketStart(to)) + 1;
    }
}
