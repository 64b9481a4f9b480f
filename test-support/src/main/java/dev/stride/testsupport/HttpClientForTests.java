package dev.stride.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Raw HTTP against the running adapter, as a REST client sees it: any method, header and body, nothing thrown for 4xx. */
public final class HttpClientForTests {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    public HttpClientForTests(int port) {
        this("http://127.0.0.1:" + port);
    }

    public HttpClientForTests(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    /** A request being built; JSON content type by default whenever there is a body. */
    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private BodyPublisher body = BodyPublishers.noBody();
        private Duration timeout = Duration.ofSeconds(30);

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Call token(String accessToken) {
            return header("Authorization", "Bearer " + accessToken);
        }

        public Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Call json(String json) {
            headers.putIfAbsent("Content-Type", "application/json");
            body = BodyPublishers.ofString(json);
            return this;
        }

        /** Exactly these bytes, with no content type unless one is set. */
        public Call bytes(byte[] bytes) {
            body = BodyPublishers.ofByteArray(bytes);
            return this;
        }

        /** Sent with {@code Transfer-Encoding: chunked}, so the server cannot know the length up front. */
        public Call chunked(String json) {
            headers.putIfAbsent("Content-Type", "application/json");
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            body = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            return this;
        }

        /** How long to wait for the response (30 s unless set); a test's bound on "answers within". */
        public Call timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** @throws UncheckedIOException also ({@link java.net.http.HttpTimeoutException}) when the timeout passes */
        public Response send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(timeout)
                    .method(method, body);
            headers.forEach(request::header);
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public Call call(String method, String path) {
        return new Call(method, path);
    }

    public Call get(String path) {
        return call("GET", path);
    }

    public Call post(String path) {
        return call("POST", path);
    }

    public Call put(String path) {
        return call("PUT", path);
    }

    public Call patch(String path) {
        return call("PATCH", path);
    }

    public Call delete(String path) {
        return call("DELETE", path);
    }
}
