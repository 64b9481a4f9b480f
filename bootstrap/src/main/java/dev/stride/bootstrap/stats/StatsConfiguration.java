package dev.stride.bootstrap.stats;

import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.stats.GetStatisticsUseCase;
import dev.stride.application.stats.GetStatisticsService;
import dev.stride.domain.port.ActivityTotals;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** A user's statistics by day, week or month. */
@Configuration(proxyBeanMethods = false)
public class StatsConfiguration {

    @Bean
    GetStatisticsUseCase getStatistics(ActivityTotals totals, Clock clock, ActivityCache cache) {
        return new GetStatisticsService(totals, clock, cache);
    }
}
