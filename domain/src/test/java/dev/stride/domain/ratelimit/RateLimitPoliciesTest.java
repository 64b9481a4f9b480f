package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitPoliciesTest {

    private static final RateLimitPolicy WRITES = new RateLimitPolicy("writes", 20, Duration.ofMinutes(1));
    private static final RateLimitPolicy UPLOADS = new RateLimitPolicy("uploads", 5, Duration.ofMinutes(1));
    private static final RateLimitPolicies POLICIES = new RateLimitPolicies(
            new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)), new RateLimitPolicy("anonymous", 50, Duration.ofMinutes(1)),
            new RateLimitPolicy("auth", 10, Duration.ofMinutes(1)), new RateLimitPolicy("failed-login", 5, Duration.ofMinutes(15)),
            Map.of("writes", WRITES, "uploads", UPLOADS),
            List.of(new RouteLimit("POST /api/v1/activities/*/gpx", "uploads"), new RouteLimit("POST|DELETE /api/v1/activities/**", "writes"),
                    new RouteLimit("/api/v1/activities/*/gpx", "uploads")));

    @Test
    void appliesEveryMatchingRoutesPolicyOnceInTheOrderOfTheRoutes() {
        assertThat(POLICIES.forRoute("POST", "/api/v1/activities/7/gpx")).containsExactly(UPLOADS, WRITES);
        assertThat(POLICIES.forRoute("DELETE", "/api/v1/activities/7")).containsExactly(WRITES);
        assertThat(POLICIES.forRoute("GET", "/api/v1/activities/7/gpx")).containsExactly(UPLOADS);
    }

    @Test
    void appliesNoneToARouteNoPatternMatches() {
        assertThat(POLICIES.forRoute("GET", "/api/v1/activities/7")).isEmpty();
        assertThat(POLICIES.forRoute("POST", "/api/v1/users")).isEmpty();
    }
}
