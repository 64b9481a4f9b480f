package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Stride instances on one Redis share their buckets: the quota holds across both. */
class SharedRateLimitEndToEndTest {

    @Test
    void twoInstancesAdmitTheQuotaOnceBetweenThem() {
        Map<String, String> strictLogin = Map.of("stride.rate-limit.policies.auth.limit", "5",
                // per hour: on a busy machine a login may take longer than a per-minute token takes to come back
                "stride.rate-limit.policies.auth.period", "1h",
                RateLimitEndToEndTest.PATIENT_TIMEOUT, "5s", RateLimitEndToEndTest.PATIENT_CONNECT_TIMEOUT, "5s");
        try (RunningStride first = RunningStride.start(strictLogin); RunningStride second = RunningStride.start(strictLogin)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                RunningStride instance = i % 2 == 0 ? first : second;
                Response login = instance.api().post("/api/v1/auth/login", null,
                        "{\"email\":\"nobody@example.org\",\"password\":\"wrong password\"}");
                statuses.add(login.status());
                if (login.status() == 429) {
                    assertThat(login.header("Retry-After")).isPresent();
                    assertThat(login.json().get("type").asString()).endsWith("/rate-limited");
                } else {
                    assertThat(login.header("RateLimit-Policy")).hasValue("\"auth\";q=5;w=3600");
                }
            }
            assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429);
        }
    }
}
