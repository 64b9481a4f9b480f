package dev.stride.domain.stats;

import java.math.BigDecimal;
import java.util.Objects;

/** Sums over a set of activities; a missing distance counts as zero. */
public record Totals(long count, long durationMinutes, BigDecimal distanceKm) {

    public static final Totals ZERO = new Totals(0, 0, BigDecimal.ZERO.setScale(3));

    public Totals {
        Objects.requireNonNull(distanceKm, "distanceKm");
        distanceKm = distanceKm.setScale(3);
    }

    public Totals plus(Totals other) {
        return new Totals(count + other.count, durationMinutes + other.durationMinutes, distanceKm.add(other.distanceKm));
    }
}
