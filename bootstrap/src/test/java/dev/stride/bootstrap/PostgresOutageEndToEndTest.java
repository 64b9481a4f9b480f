package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.DedicatedPostgres;
import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * Stride on a PostgreSQL of the test's own, which the test crashes (SIGKILL to every server process)
 * or freezes (SIGSTOP, a hung host) and starts again. "Within 5 s" is the HTTP client's own timeout on
 * each request made during the outage: a request that hangs fails the test.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed assertion
class PostgresOutageEndToEndTest {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(20);

    private static DedicatedPostgres postgres;
    private static RunningStride stride;
    private static HttpClientForTests http;

    @BeforeAll
    static void start() {
        assumeThat(DedicatedPostgres.serverBinaries()).as("PostgreSQL server binaries on this machine").isPresent();
        postgres = DedicatedPostgres.create().start();
        stride = RunningStride.start(postgres.database(), TestRedis.shared(), Map.of());
        http = new HttpClientForTests("http://127.0.0.1:" + stride.property("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (stride != null) {
            stride.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCrashedPostgresGets503sFastCachedReadsStillAnswerAndNothingAcknowledgedIsLost() {
        Before ann = before(5);

        postgres.crash();

        assertOutage(ann);
        postgres.start();
        ann.acknowledged().addAll(awaitRecovery(ann.user()));
        ann.acknowledged().addAll(create(ann.user(), 2));
        assertThat(liveActivityIds(ann.user().userId())).containsAll(ann.acknowledged());
    }

    @Test
    void aHungPostgresGets503sFastAsWellAndIsUsedAgainOnceItAnswers() {
        Before bob = before(3);

        postgres.freeze();
        try {
            assertOutage(bob);
        } finally {
            postgres.resume();
        }
        bob.acknowledged().addAll(awaitRecovery(bob.user()));
        assertThat(liveActivityIds(bob.user().userId())).containsAll(bob.acknowledged());
    }

    /** A user's acknowledged activities, and the bodies of an activity and a list page the cache holds. */
    private record Before(Session user, List<Long> acknowledged, String cachedActivity, String cachedList) {

        long cachedId() {
            return acknowledged.getFirst();
        }
    }

    private static Before before(int activities) {
        Session user = stride.api().newUser();
        List<Long> acknowledged = create(user, activities);
        return new Before(user, acknowledged, readTwice("/api/v1/activities/" + acknowledged.getFirst(), user),
                readTwice("/api/v1/activities?page=0&size=20", user));
    }

    private static void assertOutage(Before before) {
        Session user = before.user();
        long cachedId = before.cachedId();
        assertUnavailable(call("POST", "/api/v1/activities", user.accessToken(), ApiClient.activity("RUNNING", "2026-11-20", 30)));
        assertUnavailable(call("DELETE", "/api/v1/activities/" + cachedId, user.accessToken(), null));
        assertUnavailable(call("POST", "/api/v1/auth/login", null,
                "{\"email\":\"" + user.email() + "\",\"password\":\"correct horse battery\"}"));
        assertUnavailable(call("POST", "/api/v1/auth/register", null,
                "{\"email\":\"new-" + user.userId() + "@example.org\",\"password\":\"correct horse battery\"}"));
        assertUnavailable(call("GET", "/api/v1/stats?period=DAY&from=2026-01-01&to=2026-01-31", user.accessToken(), null));

        Response activity = call("GET", "/api/v1/activities/" + cachedId, user.accessToken(), null);
        assertThat(activity.status()).as("a cached activity is served from the cache").isEqualTo(200);
        assertThat(activity.body()).isEqualTo(before.cachedActivity());
        Response list = call("GET", "/api/v1/activities?page=0&size=20", user.accessToken(), null);
        assertThat(list.status()).as("a cached list page is served from the cache").isEqualTo(200);
        assertThat(list.body()).isEqualTo(before.cachedList());

        Response health = call("GET", "/actuator/health", null, null);
        assertThat(health.status()).as(health.body()).isEqualTo(503);
        assertThat(health.json().get("components").get("db").get("status").asString()).isEqualTo("DOWN");
    }

    private static void assertUnavailable(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("/problems/service-unavailable");
        assertThat(response.header("Retry-After")).isPresent();
    }

    /** Writes succeed again, by themselves, within seconds; the activity that proved it is returned. */
    private static List<Long> awaitRecovery(Session user) {
        List<Long> created = new ArrayList<>();
        // a request sent while PostgreSQL is still starting may time out: that is no acknowledgement, try again
        await().atMost(RECOVERY_WITHIN).pollInterval(Duration.ofMillis(250)).ignoreExceptions().untilAsserted(() -> {
            Response response = call("POST", "/api/v1/activities", user.accessToken(),
                    ApiClient.activity("CYCLING", "2026-11-21", 60));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            created.add(response.json().get("id").asLong());
        });
        Response health = call("GET", "/actuator/health", null, null);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        return created;
    }

    private static List<Long> create(Session user, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response created = call("POST", "/api/v1/activities", user.accessToken(),
                    ApiClient.activity("RUNNING", "2026-11-" + (10 + i), 30 + i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            ids.add(created.json().get("id").asLong());
        }
        return ids;
    }

    /** The second read is a cache hit; its body is what the cache must keep serving. */
    private static String readTwice(String path, Session user) {
        call("GET", path, user.accessToken(), null);
        Response second = call("GET", path, user.accessToken(), null);
        assertThat(second.status()).isEqualTo(200);
        return second.body();
    }

    private static Response call(String method, String path, String token, String body) {
        HttpClientForTests.Call call = http.call(method, path).timeout(ANSWER_WITHIN);
        if (token != null) {
            call.token(token);
        }
        if (body != null) {
            call.json(body);
        }
        return call.send();
    }

    /** Straight from PostgreSQL, not through Stride or its cache. */
    private static List<Long> liveActivityIds(long userId) {
        try (Connection connection = postgres.database().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM activities WHERE user_id = ? AND deleted_at IS NULL")) {
            query.setLong(1, userId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
