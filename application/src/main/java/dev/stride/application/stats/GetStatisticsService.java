package dev.stride.application.stats;

import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;
import dev.stride.domain.stats.StatsRange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

public final class GetStatisticsService implements GetStatisticsUseCase {

    private final ActivityTotals totals;
    private final Clock clock;

    public GetStatisticsService(ActivityTotals totals, Clock clock) {
        this.totals = totals;
        this.clock = clock;
    }

    @Override
    public Statistics get(long userId, StatsPeriod period, LocalDate from, LocalDate to) {
        StatsRange range = StatsRange.resolve(period, from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return Statistics.of(range, totals.sum(userId, range));
    }
}
