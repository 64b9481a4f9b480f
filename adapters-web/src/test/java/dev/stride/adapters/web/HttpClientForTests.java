package dev.stride.adapters.web;

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
final class HttpClientForTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String baseUrl;

    HttpClientForTests(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }
    }

    /** A request being built; JSON content type by default whenever there is a body. */
    final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private BodyPublisher body = BodyPublishers.noBody();

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        Call token(String accessToken) {
            return header("Authorization", "Bearer " + accessToken);
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Call json(String json) {
            headers.putIfAbsent("Content-Type", "application/json");
            body = BodyPublishers.ofString(json);
            return this;
        }

        /** Exactly these bytes, with no content type unless one is set. */
        Call bytes(byte[] bytes) {
            body = BodyPublishers.ofByteArray(bytes);
            return this;
        }

        /** Sent with {@code Transfer-Encoding: chunked}, so the server cannot know the length up front. */
        Call chunked(String json) {
            headers.putIfAbsent("Content-Type", "application/json");
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            body = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
            return this;
        }

        Response send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
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

    Call call(String method, String path) {
        return new Call(method, path);
    }

    Call get(String path) {
        return call("GET", path);
    }

    Call post(String path) {
        return call("POST", path);
    }

    Call put(String path) {
        return call("PUT", path);
    }

    Call patch(String path) {
        return call("PATCH", path);
    }

    Call delete(String path) {
        return call("DELETE", path);
    }
}
