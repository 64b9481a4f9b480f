package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A W3C {@code traceparent} sent by a client is continued by Stride: the trace id is in the log lines
 * of that request (plain and ECS JSON), and in the exemplars of the latency histogram, which link a
 * slow bucket to its trace in the tracing backend. Spans leave the process only with an OTLP endpoint.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingEndToEndTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** DispatcherServlet logs every request at DEBUG: a log line written inside the request. */
    private static final Map<String, String> REQUEST_LOGGING = Map.of(
            "logging.level.org.springframework.web.servlet.DispatcherServlet", "DEBUG");

    @Test
    void theTraceIdOfAnIncomingTraceparentIsInTheLogLinesOfTheRequestAndInTheExemplars(CapturedOutput output) {
        try (RunningStride stride = RunningStride.start(REQUEST_LOGGING)) {
            Session user = stride.api().newUser();
            String traceId = hex(16);

            Response listed = stride.api().send("GET", "/api/v1/activities?page=0&size=7", user.accessToken(), null,
                    Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));

            assertThat(listed.status()).isEqualTo(200);
            assertThat(output.getOut().lines().filter(line -> line.contains("/api/v1/activities?page=0&size=7")))
                    .as("log lines of the request").isNotEmpty().allMatch(line -> line.contains(traceId));
            Response scrape = stride.api().send("GET", "/actuator/prometheus", null, null,
                    Map.of("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8"));
            assertThat(scrape.body().lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
                    && line.contains("uri=\"/api/v1/activities\"")))
                    .as("exemplars of the request's latency bucket").anyMatch(line -> line.contains("trace_id=\"" + traceId + "\""));
        }
    }

    /** By default no span leaves the process, and a request's headers are read for its trace context only (W3C, B3), no baggage. */
    @Test
    void byDefaultNoSpanIsExportedAndARequestIsReadForItsTraceContextOnly() {
        try (RunningStride stride = RunningStride.start()) {
            assertThat(stride.beans(SpanExporter.class)).isEmpty();
            assertThat(stride.bean(TextMapPropagator.class).fields()).contains("traceparent", "b3").doesNotContain("baggage");
        }
    }

    @Test
    void spansAreExportedWhenAnOtlpEndpointIsSet() {
        try (RunningStride stride = RunningStride.start(Map.of(
                "management.opentelemetry.tracing.export.otlp.endpoint", "http://127.0.0.1:4318/v1/traces"))) {
            assertThat(stride.beans(SpanExporter.class).values()).hasAtLeastOneElementOfType(OtlpHttpSpanExporter.class);
        }
    }

    @Test
    void ecsLogLinesCarryTheTraceIdToo(CapturedOutput output) {
        Map<String, String> ecs = new java.util.HashMap<>(REQUEST_LOGGING);
        ecs.put("logging.structured.format.console", "ecs");
        // Logback is configured once per JVM while any Spring application is open (a cached test context of
        // another class, say): this Stride's format would be ignored. Let it configure logging afresh.
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        try (RunningStride stride = RunningStride.start(ecs)) {
            Session user = stride.api().newUser();
            String traceId = hex(16);

            stride.api().send("GET", "/api/v1/activities?page=0&size=9", user.accessToken(), null,
                    Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));

            assertThat(output.getOut().lines().filter(line -> line.contains("/api/v1/activities?page=0&size=9")))
                    .as("ECS log lines of the request").isNotEmpty()
                    .allMatch(line -> line.startsWith("{") && line.contains(traceId));
        } finally {
            // Spring Boot hands the format to Logback as a system property: later Strides of this JVM log plainly again
            System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
        }
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
