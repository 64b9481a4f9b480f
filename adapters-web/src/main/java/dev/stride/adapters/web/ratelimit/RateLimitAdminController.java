package dev.stride.adapters.web.ratelimit;

import dev.stride.application.port.in.ratelimit.ReloadRateLimitPoliciesUseCase;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.stride.adapters.web.problem.Problem;
import dev.stride.adapters.web.problem.ProblemType;
import dev.stride.adapters.web.problem.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Applies changed rate limits without a restart. */
@Tag(name = "Admin")
@RestController
class RateLimitAdminController {

    private final ConfiguredRateLimitPolicies configured;
    private final ReloadRateLimitPoliciesUseCase reload;
    private final ProblemWriter problems;

    RateLimitAdminController(ConfiguredRateLimitPolicies configured, ReloadRateLimitPoliciesUseCase reload,
                             ProblemWriter problems) {
        this.configured = configured;
        this.reload = reload;
        this.problems = problems;
    }

    @Operation(summary = "Reload the rate-limit policies and routes (admin)", description = """
            Reads `stride.rate-limit.policies.*` and `stride.rate-limit.routes` again, with the file of \
            `stride.rate-limit.config-file` over the rest of the configuration, and applies them to the next \
            request of this instance (reload every instance). Counts go on: a changed quota keeps the share \
            of it already used, so a change never hands out fresh requests. An invalid configuration answers \
            400 and changes nothing.""")
    @ApiResponse(responseCode = "200", description = "The policies now in force")
    @ApiResponse(responseCode = "400", description = "The configuration is invalid; the policies in force stay (`validation`)")
    @PostMapping(path = "/api/v1/admin/rate-limit/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    PoliciesResponse reload() {
        RateLimitPolicies policies = configured.load();
        reload.reload(policies);
        return PoliciesResponse.of(policies);
    }

    /** The configuration in force stays: the deployer's file or settings are wrong, not the request. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Object> invalidConfiguration(IllegalArgumentException e, HttpServletRequest request) {
        return problems.entity(request, Problem.of(ProblemType.VALIDATION,
                "The rate-limit configuration is invalid, nothing changed: " + e.getMessage()));
    }

    record PoliciesResponse(List<Policy> policies, List<Route> routes) {

        static PoliciesResponse of(RateLimitPolicies policies) {
            return new PoliciesResponse(Stream.concat(
                            Stream.of(policies.authenticated(), policies.anonymous(), policies.auth(), policies.failedLogin()),
                            policies.named().values().stream().sorted(Comparator.comparing(RateLimitPolicy::name)))
                    .map(Policy::of).toList(),
                    policies.routes().stream().map(route -> new Route(route.pattern(), route.policy())).toList());
        }
    }

    record Policy(String name, String algorithm, List<Limit> limits) {

        static Policy of(RateLimitPolicy policy) {
            return new Policy(policy.name(), policy.algorithm().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    policy.limits().stream().map(limit -> new Limit(limit.quota(), limit.windowSeconds())).toList());
        }
    }

    record Limit(long quota, long windowSeconds) {
    }

    record Route(String pattern, String policy) {
    }
}
