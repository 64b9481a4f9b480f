package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.PolicyStanding;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimit;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** {@code GET /api/v1/rate-limit}: the caller's standing in every policy that applies to it. */
record RateLimitStandingResponse(List<Policy> policies) {

    static RateLimitStandingResponse of(List<PolicyStanding> standings, Function<LimitStanding, Instant> resetAt) {
        return new RateLimitStandingResponse(standings.stream().map(standing -> new Policy(standing.policy().name(),
                IntStream.range(0, standing.limits().size()).mapToObj(i -> {
                    RateLimit limit = standing.policy().limits().get(i);
                    LimitStanding now = standing.limits().get(i);
                    return new Limit(limit.quota(), limit.windowSeconds(), now.remaining(), resetAt.apply(now));
                }).toList())).toList());
    }

    @Schema(description = "A policy that applies to the caller (its name is X-RateLimit-Resource when it decides a request)")
    record Policy(@Schema(example = "writes") String name, List<Limit> limits) {
    }

    @Schema(description = "One limit of the policy; every limit must allow a request")
    record Limit(@Schema(example = "20") long quota,
                 @Schema(example = "60") long windowSeconds,
                 @Schema(description = "requests the limit allows now", example = "17") long remaining,
                 @Schema(description = "when the limit is fully available again (whole seconds, rounded up)",
                         example = "2026-11-20T07:15:00Z") Instant resetAt) {
    }
}
