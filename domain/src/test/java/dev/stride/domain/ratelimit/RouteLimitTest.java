package dev.stride.domain.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RouteLimitTest {

    @Test
    void matchesItsMethodsAndEveryPathUnderADoubleStar() {
        RouteLimit writes = new RouteLimit("POST|PUT|PATCH|DELETE /api/v1/activities/**", "writes");

        assertThat(writes.matches("POST", "/api/v1/activities")).isTrue();
        assertThat(writes.matches("DELETE", "/api/v1/activities/42")).isTrue();
        assertThat(writes.matches("POST", "/api/v1/activities/42/restore")).isTrue();
        assertThat(writes.matches("GET", "/api/v1/activities/42")).isFalse();
        assertThat(writes.matches("POST", "/api/v1/activitiesX")).isFalse();
    }

    @Test
    void aPathAloneMatchesEveryMethodAndAStarOneSegment() {
        RouteLimit restore = new RouteLimit("/api/v1/activities/*/restore", "restores");

        assertThat(restore.matches("POST", "/api/v1/activities/42/restore")).isTrue();
        assertThat(restore.matches("GET", "/api/v1/activities/42/restore")).isTrue();
        assertThat(restore.matches("POST", "/api/v1/activities/4/2/restore")).isFalse();
        assertThat(new RouteLimit("GET /api/v1/stats", "stats").matches("GET", "/api/v1/stats/x")).isFalse();
    }

    @Test
    void refusesPatternsItCouldNotMatch() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RouteLimit("api/v1/activities", "writes"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RouteLimit("POST GET /api", "writes"));
        assertThatIllegalArgumentException().isThrownBy(() -> new RouteLimit("/api/**/activities", "writes"));
    }
}
