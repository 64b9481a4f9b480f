package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A problem's {@code type} resolves to a page explaining it, and every part of the server writes problems alike. */
class ProblemTypesApiTest extends WebAdapterTest {

    @Test
    void aProblemsTypeResolvesAgainstTheRequestToAPageExplainingItWithoutAToken() {
        Session user = newUser();
        Response missing = http.get("/api/v1/activities/987654321").token(user.token()).send();
        URI type = URI.create("http://localhost:" + port + "/api/v1/activities/987654321")
                .resolve(missing.json().get("type").asString());

        Response page = new HttpClientForTests("http://" + type.getAuthority()).get(type.getPath())
                .header("Accept", "application/json").send();

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.body()).contains("<h2>not-found</h2>", "Status: 404", "Title: Not found")
                .doesNotContain("<h2>validation</h2>");
    }

    @Test
    void everyTypeIsListedTogether() {
        Response all = http.get("/problems").send();

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).contains("<h2>validation</h2>", "<h2>rate-limited</h2>", "<h2>idempotency-key-reused</h2>");
    }

    @Test
    void anUnknownTypeIsNotFound() {
        assertProblem(http.get("/problems/no-such-type").send(), 404, "not-found");
    }

    /**
     * The same content type and the same members in the same order (the one the application's JSON
     * mapper gives), whether the controller advice, the error controller, a servlet filter, the
     * security chain or Tomcat itself answers.
     */
    @Test
    void problemsLookAlikeWhereverTheyAreRaised() throws IOException {
        Session user = newUser();
        Map<String, Response> problems = new LinkedHashMap<>();
        problems.put("controller advice", http.get("/api/v1/activities/987654321").token(user.token()).send());
        problems.put("error controller", http.get("/error").token(user.token()).send());
        problems.put("security chain", http.get("/api/v1/activities").send());
        problems.put("body-size filter", http.post("/api/v1/activities").token(user.token())
                .json("{\"notes\":\"" + "x".repeat(70_000) + "\"}").send());
        Map<String, Response> validations = Map.of(
                "controller advice", http.post("/api/v1/activities").token(user.token())
                        .json(activity("RUNNING", "2026-11-19", 0)).send(),
                "idempotency filter", http.post("/api/v1/activities").token(user.token())
                        .header("Idempotency-Key", "x".repeat(256)).json(activity("RUNNING", "2026-11-19", 45)).send());
        String tomcat = raw("GET /api/v1/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        List<String> layout = members(problems.get("controller advice").json());
        List<String> validationLayout = members(validations.get("controller advice").json());
        assertThat(layout).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
        assertThat(validationLayout).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "errors");
        problems.forEach((origin, response) -> {
            assertThat(response.contentType()).as(origin).isEqualTo("application/problem+json");
            assertThat(members(response.json())).as(origin).isEqualTo(layout);
        });
        validations.forEach((origin, response) -> {
            assertThat(response.contentType()).as(origin).isEqualTo("application/problem+json");
            assertThat(members(response.json())).as(origin).isEqualTo(validationLayout);
        });
        assertThat(tomcat).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json\r\n");
        JsonNode tomcatProblem = HttpClientForTests.JSON.readTree(tomcat.substring(tomcat.indexOf('{'), tomcat.lastIndexOf('}') + 1));
        assertThat(members(tomcatProblem)).isEqualTo(layout);
    }

    private static List<String> members(JsonNode problem) {
        return problem.properties().stream().map(Map.Entry::getKey).toList();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
