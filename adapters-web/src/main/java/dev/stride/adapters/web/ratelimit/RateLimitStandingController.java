package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.GetRateLimitStandingUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** The caller's rate-limit standing, as GitHub's {@code GET /rate_limit} gives it: counted against nothing. */
@Tag(name = "Rate limits", description = "Where the caller stands in its rate limits")
@RestController
class RateLimitStandingController {

    private final GetRateLimitStandingUseCase standing;
    private final RateLimitFilter callers;
    private final Clock clock;

    RateLimitStandingController(GetRateLimitStandingUseCase standing, RateLimitFilter callers, Clock clock) {
        this.standing = standing;
        this.callers = callers;
        this.clock = clock;
    }

    @Operation(summary = "The caller's standing in every rate-limit policy that applies to it", description = """
            With a token, the caller's own counts (per user); without one, its client IP's. Lists the general \
            policy (`authenticated` or `anonymous`), the per-IP `auth` policy of login, register and refresh, \
            and every named policy bound to routes. This request is counted against none of them and carries \
            no rate-limit headers.""",
            security = {@SecurityRequirement(name = "bearerAuth"), @SecurityRequirement(name = "")})
    @ApiResponse(responseCode = "200", description = "The standing")
    @ApiResponse(responseCode = "503", description = "The counts cannot be read right now (`service-unavailable`)")
    @GetMapping(path = RateLimitFilter.STANDING_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    RateLimitStandingResponse standing(HttpServletRequest request) {
        Instant now = clock.instant();
        return RateLimitStandingResponse.of(standing.standing(callers.caller(request)), limit -> {
            Instant full = now.plus(limit.resetAfter());
            return full.getNano() == 0 ? full : Instant.ofEpochSecond(full.getEpochSecond() + 1);
        });
    }
}
