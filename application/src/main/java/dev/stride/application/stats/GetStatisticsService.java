package dev.stride.application.stats;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.stats.GetStatisticsUseCase;
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
    private final ActivityCache cache;

    public GetStatisticsService(ActivityTotals totals, Clock clock, ActivityCache cache) {
        this.totals = totals;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public Statistics get(long userId, StatsPeriod period, LocalDate from, LocalDate to) {
        StatsRange range = StatsRange.resolve(period, from, to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        return cache.statistics(userId, range, () -> Statistics.of(range, totals.sum(userId, range)));
    }
}
