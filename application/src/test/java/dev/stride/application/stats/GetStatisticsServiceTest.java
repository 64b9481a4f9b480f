package dev.stride.application.stats;

import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryActivityTotals;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.TestCaches;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.Totals;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class GetStatisticsServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final GetStatisticsService stats = new GetStatisticsService(new InMemoryActivityTotals(activities), clock, TestCaches.disabled());

    @Test
    void countsOnlyLiveActivitiesOfTheUserWithinTheRange() {
        log(1, ActivityType.RUNNING, "2026-11-20", 45, "10.5");
        log(1, ActivityType.RUNNING, "2026-11-21", 30, null);
        long deleted = log(1, ActivityType.CYCLING, "2026-11-21", 60, "30");
        activities.softDelete(1, deleted, clock.instant());
        log(2, ActivityType.RUNNING, "2026-11-21", 99, "9");
        log(1, ActivityType.RUNNING, "2026-10-01", 10, "1");

        Statistics result = stats.get(1, StatsPeriod.WEEK, LocalDate.of(2026, 11, 16), null);

        assertThat(result.range().to()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(result.buckets()).hasSize(2);
        assertThat(result.totals()).isEqualTo(new Totals(2, 75, new BigDecimal("10.5")));
        assertThat(result.buckets().get(0).byType()).containsOnlyKeys(ActivityType.RUNNING);
        assertThat(result.buckets().get(1).totals()).isEqualTo(Totals.ZERO);
    }

    @Test
    void defaultsToThirtyDaysEndingToday() {
        Statistics result = stats.get(1, null, null, null);

        assertThat(result.buckets()).hasSize(30);
        assertThat(result.buckets().getLast().start()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    private long log(long user, ActivityType type, String date, int minutes, String km) {
        return activities.insert(user, new ActivityDetails(type, null, null, minutes,
                km == null ? null : new BigDecimal(km), null, null, LocalDate.parse(date)), clock.instant()).id();
    }
}
