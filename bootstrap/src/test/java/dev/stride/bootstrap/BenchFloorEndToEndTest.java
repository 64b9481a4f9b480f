package dev.stride.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's floor endpoint: behind the whole filter chain, and only under the {@code bench} profile. */
class BenchFloorEndToEndTest {

    private static final String FLOOR = "/api/v1/bench/floor";

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
    void withoutTheBenchProfileThereIsNoSuchRoute() {
        try (RunningStride stride = RunningStride.start()) {
            ApiClient.Session user = stride.api().newUser();

            var floor = stride.api().get(FLOOR, user.accessToken());
            assertThat(floor.status()).isEqualTo(404);
            assertThat(floor.header("Content-Type")).hasValueSatisfying(type -> type.startsWith("application/problem+json"));
        }
    }
}
