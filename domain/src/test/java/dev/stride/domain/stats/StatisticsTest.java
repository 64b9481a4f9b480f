package dev.stride.domain.stats;

import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        assertThat(StatsPeriod.WEEK.bucketStart(THURSDAY)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(StatsPeriod.WEEK.bucketStart(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(StatsPeriod.MONTH.bucketStart(THURSDAY)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(StatsPeriod.DAY.bucketStart(THURSDAY)).isEqualTo(THURSDAY);
    }

    @Test
    void defaultsAreThirtyDaysTwelveWeeksOrTwelveMonthsEndingToday() {
        assertThat(StatsRange.resolve(StatsPeriod.DAY, null, null, THURSDAY))
                .isEqualTo(new StatsRange(StatsPeriod.DAY, THURSDAY.minusDays(29), THURSDAY));
        assertThat(StatsRange.resolve(StatsPeriod.WEEK, null, null, THURSDAY))
                .isEqualTo(new StatsRange(StatsPeriod.WEEK, LocalDate.of(2026, 9, 7), THURSDAY));
        assertThat(StatsRange.resolve(StatsPeriod.MONTH, null, null, THURSDAY))
                .isEqualTo(new StatsRange(StatsPeriod.MONTH, LocalDate.of(2025, 12, 1), THURSDAY));
        assertThat(StatsRange.resolve(null, null, null, THURSDAY).period()).isEqualTo(StatsPeriod.DAY);
        assertThat(StatsPeriod.WEEK.bucketsBetween(LocalDate.of(2026, 9, 7), THURSDAY)).isEqualTo(12);
    }

    @Test
    void refusesMoreThan366BucketsOrAnInvertedRange() {
        LocalDate from = THURSDAY.minusDays(365);
        assertThat(new StatsRange(StatsPeriod.DAY, from, THURSDAY).period()).isEqualTo(StatsPeriod.DAY);
        assertThatThrownBy(() -> new StatsRange(StatsPeriod.DAY, from.minusDays(1), THURSDAY))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new StatsRange(StatsPeriod.DAY, THURSDAY, THURSDAY.minusDays(1)))
                .isInstanceOf(ValidationException.class);
        assertThat(new StatsRange(StatsPeriod.MONTH, LocalDate.of(2000, 1, 1), THURSDAY).period())
                .isEqualTo(StatsPeriod.MONTH);
    }

    @Test
    void everyBucketIsPresentWithZerosAndTotalsAddUp() {
        StatsRange range = new StatsRange(StatsPeriod.WEEK, LocalDate.of(2026, 11, 4), THURSDAY);
        LocalDate week2 = LocalDate.of(2026, 11, 9);

        Statistics stats = Statistics.of(range, List.of(
                new BucketTotals(week2, ActivityType.RUNNING, new Totals(2, 90, new BigDecimal("20.0"))),
                new BucketTotals(week2, ActivityType.SWIMMING, new Totals(1, 30, new BigDecimal("1.5")))));

        assertThat(stats.buckets()).extracting(Bucket::start).containsExactly(
                LocalDate.of(2026, 11, 2), week2, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(stats.buckets().get(0).totals()).isEqualTo(Totals.ZERO);
        assertThat(stats.buckets().get(0).byType()).isEmpty();
        assertThat(stats.buckets().get(1).totals()).isEqualTo(new Totals(3, 120, new BigDecimal("21.5")));
        assertThat(stats.buckets().get(1).byType()).containsOnlyKeys(ActivityType.RUNNING, ActivityType.SWIMMING);
        assertThat(stats.totals()).isEqualTo(new Totals(3, 120, new BigDecimal("21.5")));
    }
}
