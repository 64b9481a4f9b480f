package dev.stride.application.testing;

import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.stats.BucketTotals;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Totals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ActivityTotals} adapter must do; run against the in-memory one and the SQL one. */
public abstract class ActivityTotalsContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    protected abstract ActivityRepository activities();

    protected abstract ActivityTotals totals();

    /** A new live user that may own activities. */
    protected abstract long newOwner();

    private long log(long owner, ActivityType type, String date, int minutes, String km) {
        return activities().insert(owner, new ActivityDetails(type, null, null, minutes,
                km == null ? null : new BigDecimal(km), null, null, LocalDate.parse(date)), NOW).id();
    }

    @Test
    void sumsPerBucketAndTypeOverLiveActivitiesOfTheOwnerInTheRange() {
        long owner = newOwner();
        long other = newOwner();
        log(owner, ActivityType.RUNNING, "2026-11-16", 30, "5.5");    // Monday
        log(owner, ActivityType.RUNNING, "2026-11-22", 60, null);     // Sunday, same ISO week
        log(owner, ActivityType.SWIMMING, "2026-11-22", 40, "1.25");
        log(owner, ActivityType.RUNNING, "2026-11-23", 10, "2");      // next week
        log(owner, ActivityType.RUNNING, "2026-11-15", 99, "9");      // before the range
        long deleted = log(owner, ActivityType.RUNNING, "2026-11-17", 99, "9");
        activities().softDelete(owner, deleted, NOW);
        log(other, ActivityType.RUNNING, "2026-11-17", 99, "9");

        var sums = totals().sum(owner, new StatsRange(StatsPeriod.WEEK, LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-23")));

        assertThat(sums).containsExactlyInAnyOrder(
                new BucketTotals(LocalDate.parse("2026-11-16"), ActivityType.RUNNING, new Totals(2, 90, new BigDecimal("5.5"))),
                new BucketTotals(LocalDate.parse("2026-11-16"), ActivityType.SWIMMING, new Totals(1, 40, new BigDecimal("1.25"))),
                new BucketTotals(LocalDate.parse("2026-11-23"), ActivityType.RUNNING, new Totals(1, 10, new BigDecimal("2"))));
    }

    @Test
    void bucketsByDayAndByMonth() {
        long owner = newOwner();
        log(owner, ActivityType.YOGA, "2026-10-31", 20, null);
        log(owner, ActivityType.YOGA, "2026-11-01", 30, null);
        log(owner, ActivityType.YOGA, "2026-11-30", 40, null);

        assertThat(totals().sum(owner, new StatsRange(StatsPeriod.MONTH, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30"))))
                .containsExactlyInAnyOrder(
                        new BucketTotals(LocalDate.parse("2026-10-01"), ActivityType.YOGA, new Totals(1, 20, BigDecimal.ZERO)),
                        new BucketTotals(LocalDate.parse("2026-11-01"), ActivityType.YOGA, new Totals(2, 70, BigDecimal.ZERO)));
        assertThat(totals().sum(owner, new StatsRange(StatsPeriod.DAY, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-01"))))
                .containsExactly(new BucketTotals(LocalDate.parse("2026-11-01"), ActivityType.YOGA, new Totals(1, 30, BigDecimal.ZERO)));
    }

    @Test
    void nothingLoggedMeansNoRows() {
        assertThat(totals().sum(newOwner(), new StatsRange(StatsPeriod.DAY, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))))
                .isEmpty();
    }
}
