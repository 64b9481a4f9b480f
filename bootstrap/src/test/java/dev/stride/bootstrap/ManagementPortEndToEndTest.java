package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code MANAGEMENT_SERVER_PORT} moves actuator off the public port: health and metrics answer only
 * there, so a deployment publishes the API port alone. Unset, actuator stays on the API port.
 */
class ManagementPortEndToEndTest {

    @Test
    void withAManagementPortActuatorAnswersThereOnly() {
        try (RunningStride stride = RunningStride.start(Map.of("management.server.port", "0"))) {
            ApiClient management = new ApiClient("http://127.0.0.1:" + stride.property("local.management.port"));

            assertThat(management.get("/actuator/health/liveness", null).status()).isEqualTo(200);
            Response health = management.get("/actuator/health", null); // 503 too when a dependency is slow
            assertThat(health.json().has("components")).as(health.body()).isTrue();
            Response scrape = management.get("/actuator/prometheus", null);
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.body()).contains("jvm_memory_used_bytes");

            for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus"}) {
                Response onApiPort = stride.api().get(path, null);
                assertThat(onApiPort.status()).as(path + " on the API port: " + onApiPort.body()).isEqualTo(404);
            }
            assertThat(stride.api().get("/api/v1/activities", null).status()).as("the API itself stays").isEqualTo(401);
        }
    }

    @Test
    void withoutAManagementPortActuatorAnswersOnTheApiPort() {
        try (RunningStride stride = RunningStride.start()) {
            assertThat(stride.api().get("/actuator/health/liveness", null).status()).isEqualTo(200);
            assertThat(stride.api().get("/actuator/prometheus", null).status()).isEqualTo(200);
        }
    }
}
