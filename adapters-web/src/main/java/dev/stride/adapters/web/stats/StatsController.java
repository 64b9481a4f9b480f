package dev.stride.adapters.web.stats;

import dev.stride.adapters.web.httpcache.EncodedBodies;
import dev.stride.adapters.web.security.CurrentUser;
import dev.stride.application.port.in.stats.GetStatisticsUseCase;
import dev.stride.domain.stats.StatsPeriod;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import java.io.IOException;
import java.time.LocalDate;

@RestController
@RequestMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
class StatsController {

    private final GetStatisticsUseCase statistics;
    private final EncodedBodies bodies;

    StatsController(GetStatisticsUseCase statistics, EncodedBodies bodies) {
        this.statistics = statistics;
        this.bodies = bodies;
    }

    @Operation(summary = "Statistics of the caller's live activities", description = """
            `Cache-Control: private, no-cache`; the `ETag` is a hash of the body: `If-None-Match` with it gives 304 \
            until a write changes the statistics.""")
    @ApiResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = StatsResponse.class)), headers = {
            @Header(name = HttpHeaders.ETAG, description = "Changes whenever the statistics do"),
            @Header(name = HttpHeaders.CACHE_CONTROL, description = "`private, no-cache`")})
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag in `If-None-Match`", content = @Content)
    @GetMapping
    void get(CurrentUser user,
               @RequestParam(required = false) StatsPeriod period,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
               ServletWebRequest request, HttpServletResponse answeredHere) throws IOException {
        // The body is all the statistics' own: encoded once per cached value, and written here (answeredHere tells
        // Spring MVC so, EncodedBody).
        bodies.of(statistics.get(user.id(), period, from, to), StatsResponse.class, StatsResponse::of)
                .writeTaggedWithItsHash(request);
    }
}
