package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that only the real PostgreSQL refuses (a NUL character, a date past what it can hold) is a
 * 400 problem that stores nothing, not a 500. Text as JSON escapes: {@code \u0000} is a NUL.
 */
class BadInputEndToEndTest {

    private static final PostgresDatabase DATABASE = TestPostgres.newDatabase();
    private static RunningStride stride;
    private static ApiClient api;
    private static Session user;

    @BeforeAll
    static void start() {
        stride = RunningStride.start(DATABASE, TestRedis.shared(), Map.of());
        api = stride.api();
        user = api.newUser();
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "a\\u0000b", "\\ud800", "x\\udc00y"})
    void textThatCannotBeStoredIsRefusedEverywhere(String bad) {
        String text = "\"" + bad + "\"";
        assertRefused("POST", "/api/v1/auth/register", null,
                "{\"email\":\"ann" + bad + "@example.org\",\"password\":\"correct horse battery\"}", "email");
        assertRefused("POST", "/api/v1/auth/register", null,
                "{\"email\":\"ann@example.org\",\"password\":\"correct horse battery\",\"displayName\":" + text + "}",
                "displayName");
        assertRefused("POST", "/api/v1/auth/login", null,
                "{\"email\":\"" + user.email().replace("@", bad + "@") + "\",\"password\":\"correct horse battery\"}",
                "email");
        for (String field : new String[]{"title", "description", "notes"}) {
            String activity = "{\"activityType\":\"RUNNING\",\"durationMinutes\":45,\"activityDate\":\"2026-11-20\",\""
                    + field + "\":" + text + "}";
            assertRefused("POST", "/api/v1/activities", user.accessToken(), activity, field);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/stats?period=DAY&to=%2B999999999-12-31",
            "/api/v1/stats?period=DAY&from=%2B999999999-12-31",
            "/api/v1/stats?period=WEEK&to=-999999999-01-01",
            "/api/v1/stats?period=MONTH&from=-999999999-01-01&to=2026-01-01",
            "/api/v1/stats?period=DAY&from=%2B10000-01-01&to=%2B10000-01-02",
            "/api/v1/activities?from=%2B999999999-12-31",
            "/api/v1/activities?to=-999999999-12-31",
            "/api/v1/activities?from=0000-12-31"})
    void datesOutsideFourDigitYearsAreRefused(String query) {
        Response response = api.get(query, user.accessToken());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static void assertRefused(String method, String path, String token, String body, String field) {
        Map<String, String> before = StoredState.of(DATABASE);

        Response response = api.send(method, path, token, body, Map.of());

        assertThat(response.status()).as(path + " " + body + ": " + response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(StoredState.of(DATABASE)).isEqualTo(before);
    }
}
