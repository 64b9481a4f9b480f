package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;

import java.time.LocalDate;
import java.util.Map;

/** One period of a statistics answer; {@code byType} names only the types that occurred. */
public record Bucket(LocalDate start, Totals totals, Map<ActivityType, Totals> byType) {

    public Bucket {
        byType = Map.copyOf(byType);
    }
}
