package dev.stride.bootstrap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A small HTTP client for Stride's API, as a REST client sees it. */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Response(int status, java.net.http.HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** A registered and logged-in user. */
    record Session(long userId, String email, String accessToken, String refreshToken) {
    }

    Response send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
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

    Response get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Response post(String path, String token, String body) {
        return send("POST", path, token, body, Map.of());
    }

    Response delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    Session newUser() {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        Response registered = post("/api/v1/auth/register", null,
                "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}");
        if (registered.status() != 201) {
            throw new IllegalStateException("register failed: " + registered);
        }
        return logIn(email, "correct horse battery", registered.json().get("id").asLong());
    }

    Session logIn(String email, String password, long userId) {
        Response login = post("/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (login.status() != 200) {
            throw new IllegalStateException("login failed: " + login);
        }
        JsonNode json = login.json();
        return new Session(userId, email, json.get("accessToken").asString(),
                json.has("refreshToken") ? json.get("refreshToken").asString() : null);
    }

    static String activity(String type, String date, int minutes) {
        return "{\"activityType\":\"" + type + "\",\"title\":\"t\",\"durationMinutes\":" + minutes
                + ",\"distanceKm\":10.5,\"activityDate\":\"" + date + "\"}";
    }
}
