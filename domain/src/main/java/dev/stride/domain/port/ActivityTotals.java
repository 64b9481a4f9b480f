package dev.stride.domain.port;

import dev.stride.domain.stats.BucketTotals;
import dev.stride.domain.stats.StatsRange;

import java.util.List;

/** Sums of a user's live activities, the raw material of statistics. */
public interface ActivityTotals {

    /**
     * One row per (bucket, activity type) that has live activities dated within the range (both
     * ends inclusive), bucketed by the range's period; buckets without activity are absent.
     */
    List<BucketTotals> sum(long userId, StatsRange range);
}
