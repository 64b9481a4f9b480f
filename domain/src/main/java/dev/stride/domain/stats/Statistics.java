package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A statistics answer: one bucket per period in the range, empty ones included, and the grand totals. */
public record Statistics(StatsRange range, Totals totals, List<Bucket> buckets) {

    public Statistics {
        buckets = List.copyOf(buckets);
    }

    /** Lays the store's sums out over every bucket of the range, zeros where nothing happened. */
    public static Statistics of(StatsRange range, List<BucketTotals> sums) {
        Map<LocalDate, Map<ActivityType, Totals>> byBucket = new HashMap<>();
        for (BucketTotals sum : sums) {
            byBucket.computeIfAbsent(sum.bucketStart(), start -> new EnumMap<>(ActivityType.class))
                    .merge(sum.type(), sum.totals(), Totals::plus);
        }
        List<Bucket> buckets = new ArrayList<>();
        Totals grand = Totals.ZERO;
        StatsPeriod period = range.period();
        for (LocalDate start = period.bucketStart(range.from()); !start.isAfter(range.to()); start = period.nextBucket(start)) {
            Map<ActivityType, Totals> byType = byBucket.getOrDefault(start, Map.of());
            Totals bucketTotals = byType.values().stream().reduce(Totals.ZERO, Totals::plus);
            buckets.add(new Bucket(start, bucketTotals, byType));
            grand = grand.plus(bucketTotals);
        }
        return new Statistics(range, grand, buckets);
    }
}
