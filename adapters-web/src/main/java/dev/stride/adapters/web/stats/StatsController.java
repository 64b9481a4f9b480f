package dev.stride.adapters.web.stats;

import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.domain.stats.StatsPeriod;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
class StatsController {

    private final GetStatisticsUseCase statistics;

    StatsController(GetStatisticsUseCase statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    StatsResponse get(CurrentUser user,
                      @RequestParam(required = false) StatsPeriod period,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return StatsResponse.of(statistics.get(user.id(), period, from, to));
    }
}
