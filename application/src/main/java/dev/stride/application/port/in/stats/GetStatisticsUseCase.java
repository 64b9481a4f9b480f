package dev.stride.application.port.in.stats;

import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsPeriod;

import java.time.LocalDate;

public interface GetStatisticsUseCase {

    /**
     * Statistics over the user's live activities. Any argument may be null: the period defaults to
     * DAY, {@code to} to today, {@code from} to the default range of the period ending at {@code to}.
     */
    Statistics get(long userId, StatsPeriod period, LocalDate from, LocalDate to);
}
