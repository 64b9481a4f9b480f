package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an observation registry in the context (as tracing brings), Spring Security would run every
 * filter of its chain wrapped in an observation: a cost on every request, even with the
 * observations turned into no-ops by a predicate. The chain runs unwrapped.
 */
@SpringBootTest(classes = {WebTestApplication.class, SecurityObservationTest.Observed.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"stride.embedded.enabled=false", "stride.security.jwt-secret=" + WebAdapterTest.JWT_SECRET,
                "stride.rate-limit.enabled=false"})
class SecurityObservationTest {

    @LocalServerPort
    int port;

    @Test
    void noFilterOfTheSecurityChainRunsInsideAnObservation() {
        List<String> frames = new HttpClientForTests(port).get("/api/v1/auth/test-stack").send().json().valueStream()
                .map(frame -> frame.asString()).toList();

        assertThat(frames).as("classes on the stack of a request's handler")
                .contains(StackController.class.getName())
                .noneMatch(frame -> frame.startsWith("org.springframework.security.web.ObservationFilterChainDecorator"));
    }

    @TestConfiguration
    @Import(StackController.class)
    static class Observed {

        /** With a handler, as the metrics and tracing handlers are in the application: without one a registry is a no-op. */
        @Bean
        ObservationRegistry observationRegistry() {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(context -> true);
            return registry;
        }
    }

    /** Under the public {@code /api/v1/auth/**}, so the whole chain runs without a token. */
    @RestController
    static class StackController {

        @GetMapping("/api/v1/auth/test-stack")
        List<String> stack() {
            return Arrays.stream(Thread.currentThread().getStackTrace()).map(StackTraceElement::getClassName).toList();
        }
    }
}
