package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.bootstrap.ApiClient.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;

/** The README walk-through and the activity contract (docs/openapi.json), over HTTP against real PostgreSQL and Redis. */
class ActivitiesEndToEndTest {

    private static RunningStride stride;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        stride = RunningStride.start();
        api = stride.api();
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    @Test
    void registerLogInCreateAndList() {
        Session user = api.newUser();

        Response created = api.post("/api/v1/activities", user.accessToken(), """
                {"activityType":"RUNNING","title":"Morning run","description":"river loop","durationMinutes":45,
                 "distanceKm":10.5,"caloriesBurned":520,"notes":"easy pace","activityDate":"2026-11-20"}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location")).hasValue("/api/v1/activities/" + body.get("id").asLong());
        assertThat(body.get("activityType").asString()).isEqualTo("RUNNING");
        assertThat(body.get("distanceKm").asDouble()).isEqualTo(10.5);
        assertThat(body.get("caloriesBurned").asInt()).isEqualTo(520);
        assertThat(body.get("activityDate").asString()).isEqualTo("2026-11-20");
        assertThat(body.get("createdAt").asString()).endsWith("Z");

        Response list = api.get("/api/v1/activities?page=0&size=20", user.accessToken());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(body.get("id").asLong());
    }

    @Test
    void listsNewestFirstAndFiltersByTypeAndDates() {
        Session user = api.newUser();
        long older = id(api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-01-01", 30)));
        long cycling = id(api.post("/api/v1/activities", user.accessToken(), activity("CYCLING", "2026-03-01", 60)));
        long newer = id(api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-03-01", 20)));

        JsonNode all = api.get("/api/v1/activities?size=2", user.accessToken()).json();
        assertThat(all.get("items").valueStream().map(a -> a.get("id").asLong())).containsExactly(newer, cycling);
        assertThat(all.get("totalItems").asLong()).isEqualTo(3);
        assertThat(all.get("totalPages").asLong()).isEqualTo(2);

        JsonNode running = api.get("/api/v1/activities?type=RUNNING&to=2026-02-01", user.accessToken()).json();
        assertThat(running.get("items").valueStream().map(a -> a.get("id").asLong())).containsExactly(older);
    }

    @Test
    void etagsAnswerNotModifiedAndRejectStaleWrites() {
        Session user = api.newUser();
        long id = id(api.post("/api/v1/activities", user.accessToken(), activity("SWIMMING", "2026-02-02", 40)));
        String path = "/api/v1/activities/" + id;

        Response first = api.get(path, user.accessToken());
        String etag = first.header("ETag").orElseThrow();
        assertThat(api.send("GET", path, user.accessToken(), null, Map.of("If-None-Match", etag)).status()).isEqualTo(304);

        Response updated = api.send("PUT", path, user.accessToken(), activity("SWIMMING", "2026-02-02", 50), Map.of("If-Match", etag));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("durationMinutes").asInt()).isEqualTo(50);
        assertThat(updated.header("ETag")).isPresent().get().isNotEqualTo(etag);

        Response stale = api.send("PUT", path, user.accessToken(), activity("SWIMMING", "2026-02-02", 60), Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(api.get(path, user.accessToken()).json().get("durationMinutes").asInt()).isEqualTo(50);
    }

    @Test
    void mergePatchReplacesPresentFieldsAndNullClearsOptionalOnes() {
        Session user = api.newUser();
        long id = id(api.post("/api/v1/activities", user.accessToken(), activity("WALKING", "2026-02-03", 40)));

        Response patched = api.send("PATCH", "/api/v1/activities/" + id, user.accessToken(),
                "{\"durationMinutes\":41,\"distanceKm\":null}", Map.of("Content-Type", "application/merge-patch+json"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("durationMinutes").asInt()).isEqualTo(41);
        assertThat(patched.json().get("distanceKm").isNull()).isTrue();
        assertThat(patched.json().get("activityType").asString()).isEqualTo("WALKING");
    }

    @Test
    void softDeleteMovesToTrashAndRestoreBringsBack() {
        Session user = api.newUser();
        long id = id(api.post("/api/v1/activities", user.accessToken(), activity("HIKING", "2026-02-04", 90)));
        String path = "/api/v1/activities/" + id;

        assertThat(api.delete(path, user.accessToken()).status()).isEqualTo(204);
        assertThat(api.delete(path, user.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(path, user.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/activities", user.accessToken()).json().get("totalItems").asLong()).isZero();

        JsonNode trash = api.get("/api/v1/activities/trash", user.accessToken()).json();
        assertThat(trash.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(trash.get("items").get(0).get("deletedAt").asString()).endsWith("Z");

        Response restored = api.post(path + "/restore", user.accessToken(), null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(api.get(path, user.accessToken()).status()).isEqualTo(200);
        assertThat(api.post(path + "/restore", user.accessToken(), null).status()).isEqualTo(404);
    }

    /** Write-through from the row each write returned: the GET that follows is a hit (no miss counted) and never stale. */
    @Test
    void theGetAfterEveryWriteIsACacheHitWithTheWrittenState() {
        Session user = api.newUser();
        Response created = api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-02-06", 30));
        String path = "/api/v1/activities/" + id(created);
        double before = activityCacheMisses();
        assertThat(api.get(path + "1", user.accessToken()).status()).isEqualTo(404);
        assertThat(activityCacheMisses()).as("misses are counted where this test looks").isEqualTo(before + 1);
        assertReadBackFromTheCache(path, user, created);

        assertReadBackFromTheCache(path, user, api.send("PUT", path, user.accessToken(), activity("RUNNING", "2026-02-06", 31), Map.of()));
        assertReadBackFromTheCache(path, user, api.send("PATCH", path, user.accessToken(), "{\"durationMinutes\":32}",
                Map.of("Content-Type", "application/merge-patch+json")));

        assertThat(api.delete(path, user.accessToken()).status()).isEqualTo(204);
        assertThat(api.get(path, user.accessToken()).status()).as("never the cached row of before the delete").isEqualTo(404);

        assertReadBackFromTheCache(path, user, api.post(path + "/restore", user.accessToken(), null));
    }

    /**
     * A patch reads the activity before it writes; when that read misses (another write of the user retired the
     * cached copy), what it found is not stored: the write replaces it a moment later. One store per patch, the written row.
     */
    @Test
    void aPatchWhoseReadMissesStoresOnlyTheRowItWrote() {
        Session user = api.newUser();
        String path = "/api/v1/activities/" + id(api.post("/api/v1/activities", user.accessToken(),
                activity("RUNNING", "2026-02-07", 30)));
        assertThat(api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-02-08", 30)).status())
                .as("a later write of the user retires the first one's cached copy").isEqualTo(201);
        double misses = activityCacheMisses();
        double stores = activityCacheMetric("cache_puts_total{");

        Response patched = api.send("PATCH", path, user.accessToken(), "{\"durationMinutes\":33}",
                Map.of("Content-Type", "application/merge-patch+json"));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(activityCacheMisses()).as("the patch's read missed").isEqualTo(misses + 1);
        assertThat(activityCacheMetric("cache_puts_total{")).as("only the written row was stored").isEqualTo(stores + 1);
        assertReadBackFromTheCache(path, user, patched);
    }

    private static void assertReadBackFromTheCache(String path, Session user, Response written) {
        assertThat(written.status()).isBetween(200, 201);
        double misses = activityCacheMisses();
        Response read = api.get(path, user.accessToken());
        assertThat(read.json()).isEqualTo(written.json());
        assertThat(read.header("ETag")).isEqualTo(written.header("ETag"));
        assertThat(activityCacheMisses()).as("a hit").isEqualTo(misses);
    }

    private static double activityCacheMisses() {
        return activityCacheMetric("cache_gets_total{", "result=\"miss\"");
    }

    /** The sum of a metric's lines of the activity cache that hold every one of {@code parts}. */
    private static double activityCacheMetric(String name, String... parts) {
        return api.get("/actuator/prometheus", null).body().lines()
                .filter(line -> line.startsWith(name) && line.contains("cache=\"activity\"")
                        && Arrays.stream(parts).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void anotherUsersActivityIsNotFoundAndChangesNothing() {
        Session owner = api.newUser();
        Session other = api.newUser();
        long id = id(api.post("/api/v1/activities", owner.accessToken(), activity("ROWING", "2026-02-05", 30)));
        String path = "/api/v1/activities/" + id;

        assertThat(api.get(path, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.send("PUT", path, other.accessToken(), activity("ROWING", "2026-02-05", 99), Map.of()).status()).isEqualTo(404);
        assertThat(api.delete(path, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(path, owner.accessToken()).json().get("durationMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Session user = api.newUser();
        String tomorrowPlusOne = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        for (String bad : new String[]{
                "{not json",
                "{\"activityType\":\"SKYDIVING\",\"durationMinutes\":10,\"activityDate\":\"2026-01-01\"}",
                "{\"activityType\":\"RUNNING\",\"durationMinutes\":\"abc\",\"activityDate\":\"2026-01-01\"}",
                "{\"activityType\":\"RUNNING\",\"durationMinutes\":1441,\"activityDate\":\"2026-01-01\"}",
                "{\"activityType\":\"RUNNING\",\"durationMinutes\":99999999999,\"activityDate\":\"2026-01-01\"}",
                "{\"activityType\":\"RUNNING\",\"durationMinutes\":10,\"distanceKm\":1.2345,\"activityDate\":\"2026-01-01\"}",
                "{\"activityType\":\"RUNNING\",\"durationMinutes\":10,\"activityDate\":\"" + tomorrowPlusOne + "\"}",
                "{\"activityType\":\"RUNNING\",\"durationMinutes\":10,\"activityDate\":\"1899-12-31\"}",
                "[]"}) {
            Response response = api.post("/api/v1/activities", user.accessToken(), bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(bad).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(response.json().get("status").asInt()).isEqualTo(400);
        }
        Response tooBig = api.post("/api/v1/activities", user.accessToken(),
                "{\"notes\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(tooBig.status()).isEqualTo(413);
        for (String query : new String[]{"size=0", "size=101", "page=-1", "type=SKYDIVING", "from=yesterday", "page=x"}) {
            assertThat(api.get("/api/v1/activities?" + query, user.accessToken()).status()).as(query).isEqualTo(400);
        }
        assertThat(api.get("/api/v1/activities", user.accessToken()).json().get("totalItems").asLong()).isZero();
    }

    @Test
    void withoutAValidTokenTheAnswerIs401WithBearerChallenge() {
        Response anonymous = api.get("/api/v1/activities", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(api.get("/api/v1/activities", "not-a-jwt").status()).isEqualTo(401);
    }

    @Test
    void registrationAndLoginFollowTheContract() {
        String email = "Mixed.Case." + System.nanoTime() + "@Example.org";
        Response registered = api.post("/api/v1/auth/register", null,
                "{\"email\":\"" + email + "\",\"password\":\"long enough pw\",\"displayName\":\"Ann\"}");
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(registered.json().get("role").asString()).isEqualTo("USER");
        assertThat(registered.json().has("password")).isFalse();

        assertThat(api.post("/api/v1/auth/register", null,
                "{\"email\":\"" + email.toLowerCase() + "\",\"password\":\"another password\"}").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/auth/register", null, "{\"email\":\"x@example.org\",\"password\":\"short\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/auth/register", null, "{\"email\":\"nope\",\"password\":\"long enough pw\"}").status()).isEqualTo(400);

        Response login = api.post("/api/v1/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"long enough pw\"}");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.json().get("expiresIn").asInt()).isEqualTo(900);
        assertThat(api.post("/api/v1/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"wrong password\"}").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", null, "{\"email\":\"nobody@example.org\",\"password\":\"wrong password\"}").status()).isEqualTo(401);
    }

    @Test
    void statisticsSeeEveryWriteAtOnceWithZeroBucketsAndBounds() {
        Session user = api.newUser();
        String path = "/api/v1/stats?period=WEEK&from=2026-11-02&to=2026-11-22";
        JsonNode empty = api.get(path, user.accessToken()).json();
        assertThat(empty.get("buckets").size()).isEqualTo(3);
        assertThat(empty.get("totals").get("count").asLong()).isZero();

        long id = id(api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-10", 45)));
        JsonNode stats = api.get(path, user.accessToken()).json();
        assertThat(stats.get("period").asString()).isEqualTo("WEEK");
        assertThat(stats.get("totals").get("count").asLong()).isEqualTo(1);
        assertThat(stats.get("totals").get("distanceKm").asDouble()).isEqualTo(10.5);
        JsonNode week = stats.get("buckets").get(1);
        assertThat(week.get("start").asString()).isEqualTo("2026-11-09");
        assertThat(week.get("byType").get("RUNNING").get("durationMinutes").asLong()).isEqualTo(45);
        assertThat(stats.get("buckets").get(0).get("count").asLong()).isZero();

        api.delete("/api/v1/activities/" + id, user.accessToken());
        assertThat(api.get(path, user.accessToken()).json().get("totals").get("count").asLong()).isZero();

        assertThat(api.get("/api/v1/stats", user.accessToken()).json().get("buckets").size()).isEqualTo(30);
        assertThat(api.get("/api/v1/stats?period=YEAR", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/stats?period=DAY&from=2020-01-01&to=2026-01-01", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/stats?from=2026-02-01&to=2026-01-01", user.accessToken()).status()).isEqualTo(400);
    }

    @Test
    void responsesCarryRateLimitHeaders() {
        Session user = api.newUser();
        Response response = api.get("/api/v1/activities", user.accessToken());
        assertThat(response.header("RateLimit-Policy")).hasValue("\"authenticated\";q=100;w=60");
        assertThat(response.header("X-RateLimit-Limit")).hasValue("100");
        assertThat(response.header("RateLimit")).hasValueSatisfying(v -> assertThat(v).startsWith("\"authenticated\";r="));
    }

    @Test
    void servesHealthAndOpenApi() {
        JsonNode health = api.get("/actuator/health", null).json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").has("db")).isTrue();
        assertThat(health.get("components").has("redis")).isTrue();
        assertThat(health.get("components").get("redisCache").get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/v3/api-docs", null).json().get("paths").has("/api/v1/activities")).isTrue();
    }

    private static long id(Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
