package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/** Stride's API as a REST client uses it: calls with a token, and users registered and logged in. */
final class ApiClient {

    private final HttpClientForTests http;

    ApiClient(String baseUrl) {
        this.http = new HttpClientForTests(baseUrl);
    }

    /** A registered and logged-in user. */
    record Session(long userId, String email, String accessToken, String refreshToken) {
    }

    Response send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpClientForTests.Call call = http.call(method, path);
        if (token != null) {
            call.token(token);
        }
        headers.forEach(call::header);
        if (body != null) {
            call.json(body);
        }
        return call.send();
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
