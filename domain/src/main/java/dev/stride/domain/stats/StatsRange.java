package dev.stride.domain.stats;

import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.shared.Violations;

import java.time.LocalDate;
import java.util.Objects;

/** The days (both inclusive) a statistics answer covers, and how they are bucketed: at most {@value #MAX_BUCKETS} buckets. */
public record StatsRange(StatsPeriod period, LocalDate from, LocalDate to) {

    public static final int MAX_BUCKETS = 366;

    public StatsRange {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        new Violations().queryDate(from, "from").queryDate(to, "to").throwIfAny();
        new Violations().require(!from.isAfter(to), "from", "must not be after 'to'").throwIfAny();
        if (period.bucketsBetween(from, to) > MAX_BUCKETS) {
            throw ValidationException.of("from", "the range holds more than " + MAX_BUCKETS + " " + period + " buckets");
        }
    }

    /**
     * Fills in what the client left out: {@code to} defaults to today, {@code from} to the start of
     * the default number of buckets (30 days, 12 weeks, 12 months) ending with {@code to}.
     */
    public static StatsRange resolve(StatsPeriod period, LocalDate from, LocalDate to, LocalDate today) {
        new Violations().queryDate(from, "from").queryDate(to, "to").throwIfAny(); // before any date arithmetic
        StatsPeriod p = period == null ? StatsPeriod.DAY : period;
        LocalDate end = to == null ? today : to;
        return new StatsRange(p, from == null ? p.defaultFrom(end) : from, end);
    }
}
