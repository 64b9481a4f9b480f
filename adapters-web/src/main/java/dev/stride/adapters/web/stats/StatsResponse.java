package dev.stride.adapters.web.stats;

import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.stats.Bucket;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.Totals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The statistics JSON of {@code GET /api/v1/stats} (docs/openapi.json); byType lists the types that occurred, in a stable order. */
record StatsResponse(StatsPeriod period, LocalDate from, LocalDate to, TotalsResponse totals, List<BucketResponse> buckets) {

    static StatsResponse of(Statistics statistics) {
        return new StatsResponse(statistics.range().period(), statistics.range().from(), statistics.range().to(),
                TotalsResponse.of(statistics.totals()), statistics.buckets().stream().map(BucketResponse::of).toList());
    }

    record TotalsResponse(long count, long durationMinutes, double distanceKm) {

        static TotalsResponse of(Totals totals) {
            return new TotalsResponse(totals.count(), totals.durationMinutes(), totals.distanceKm().doubleValue());
        }
    }

    record BucketResponse(LocalDate start, long count, long durationMinutes, double distanceKm,
                          Map<ActivityType, TotalsResponse> byType) {

        static BucketResponse of(Bucket bucket) {
            Map<ActivityType, TotalsResponse> byType = new EnumMap<>(ActivityType.class);
            bucket.byType().forEach((type, totals) -> byType.put(type, TotalsResponse.of(totals)));
            Totals totals = bucket.totals();
            return new BucketResponse(bucket.start(), totals.count(), totals.durationMinutes(),
                    totals.distanceKm().doubleValue(), byType);
        }
    }
}
