package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;

import java.time.LocalDate;

/** What the store sums up: the totals of one activity type in one bucket. */
public record BucketTotals(LocalDate bucketStart, ActivityType type, Totals totals) {
}
