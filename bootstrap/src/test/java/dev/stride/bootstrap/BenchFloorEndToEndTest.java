package dev.stride.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's floor endpoint: behind the whole filter chain; its bare twin outside it. Both only under
 * the {@code bench} profile.
 */
class BenchFloorEndToEndTest {

    private static final String FLOOR = "/api/v1/bench/floor";
    private static final String BARE = "/api/v1/bench/bare";

    @Test
    void underTheBenchProfileItAnswersAnAuthenticatedCallerWithNothingAndCountsIt() {
        try (RunningStride stride = RunningStride.start(Map.of("spring.profiles.active", "bench"))) {
            ApiClient.Session user = stride.api().newUser();

            var floor = stride.api().get(FLOOR, user.accessToken());
            assertThat(floor.status()).isEqualTo(204);
            assertThat(floor.body()).isEmpty();
            assertThat(floor.header("RateLimit-Policy")).hasValueSatisfying(policy -> policy.startsWith("\"authenticated\""));

            var anonymous = stride.api().get(FLOOR, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(value -> value.startsWith("Bearer"));
        }
    }

    @Test
    void aWriteToTheFloorIsChargedInTheGeneralPolicyAndInTheWritesPolicyAsTheBenchConfiguresIt() {
        try (RunningStride stride = RunningStride.start(Map.of("spring.profiles.active", "bench",
                "stride.rate-limit.policies.writes.limits[0].limit", "1000000000",
                "stride.rate-limit.policies.writes.limits[0].period", "1m",
                "stride.rate-limit.policies.writes.limits[1].limit", "1000000000",
                "stride.rate-limit.policies.writes.limits[1].period", "1d",
                // a sliding window gives nothing back within its window, so the charge stays visible
                "stride.rate-limit.policies.writes.algorithm", "sliding-window",
                "stride.rate-limit.routes[0].pattern", "POST /api/v1/bench/floor",
                "stride.rate-limit.routes[0].policy", "writes"))) {
            ApiClient.Session user = stride.api().newUser();

            var write = stride.api().post(FLOOR, user.accessToken(), null);
            var standing = stride.api().get("/api/v1/rate-limit", user.accessToken()).json().get("policies");

            assertThat(write.status()).isEqualTo(204);
            assertThat(standing.get(0).get("name").asString()).isEqualTo("authenticated");
            assertThat(standing.get(2).get("name").asString()).isEqualTo("writes");
            assertThat(standing.get(2).get("limits")).extracting(limit -> limit.get("remaining").asLong())
                    .containsExactly(999_999_999L, 999_999_999L);
        }
    }

    @Test
    void underTheBenchProfileTheBareEndpointAnswersWithoutAuthenticationAndWithoutRateLimit() {
        try (RunningStride stride = RunningStride.start(Map.of("spring.profiles.active", "bench"))) {
            var anonymous = stride.api().get(BARE, null);
            assertThat(anonymous.status()).isEqualTo(204);
            assertThat(anonymous.header("RateLimit-Policy")).isEmpty();
            assertThat(anonymous.header("RateLimit")).isEmpty();

            var forgedToken = stride.api().get(BARE, "not-a-token");
            assertThat(forgedToken.status()).as("no authentication at all").isEqualTo(204);
            assertThat(forgedToken.header("WWW-Authenticate")).isEmpty();

            // only GET of that one path skips security: the floor next to it still needs a token
            assertThat(stride.api().post(BARE, null, null).status()).isEqualTo(401);
            assertThat(stride.api().get(FLOOR, null).status()).isEqualTo(401);
        }
    }

    @Test
    void withoutTheBenchProfileThereIsNoSuchRouteAndTheBarePathNeedsATokenLikeAnyOther() {
        try (RunningStride stride = RunningStride.start()) {
            ApiClient.Session user = stride.api().newUser();

            var floor = stride.api().get(FLOOR, user.accessToken());
            assertThat(floor.status()).isEqualTo(404);
            assertThat(floor.header("Content-Type")).hasValueSatisfying(type -> type.startsWith("application/problem+json"));

            var bare = stride.api().get(BARE, null);
            assertThat(bare.status()).isEqualTo(401);
            assertThat(bare.header("RateLimit-Policy")).isPresent();
            assertThat(stride.api().get(BARE, user.accessToken()).status()).isEqualTo(404);
        }
    }
}
