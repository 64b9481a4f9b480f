package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityApiTest extends WebAdapterTest {

    private static final String FULL = """
            {"activityType":"RUNNING","title":"Morning run","description":"river loop","durationMinutes":45,
             "distanceKm":10.5,"caloriesBurned":520,"notes":"easy pace","activityDate":"2026-11-20"}""";

    @Test
    void createAnswers201WithLocationETagAndTheActivityExactlyAsTheContractShowsIt() {
        Session user = newUser();

        Response response = http.post("/api/v1/activities").token(user.token()).json(FULL).send();

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        assertThat(response.header("Location")).hasValue("/api/v1/activities/" + id);
        assertThat(response.header("ETag")).hasValue("\"1\"");
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo("""
                {"id":%d,"activityType":"RUNNING","title":"Morning run","description":"river loop",\
                "durationMinutes":45,"distanceKm":10.5,"caloriesBurned":520,"notes":"easy pace",\
                "activityDate":"2026-11-20","createdAt":"2026-11-20T08:00:00Z","updatedAt":"2026-11-20T08:00:00Z"}"""
                .formatted(id));
    }

    @Test
    void absentOptionalFieldsAreNullAndDistancesArePlainNumbers() {
        Session user = newUser();

        JsonNode minimal = http.post("/api/v1/activities").token(user.token())
                .json(activity("YOGA", "2026-11-21", 60)).send().json();
        assertThat(minimal.get("title").isNull()).isTrue();
        assertThat(minimal.get("distanceKm").isNull()).isTrue();
        assertThat(minimal.get("caloriesBurned").isNull()).isTrue();

        assertThat(distanceAsSent(user, "10")).isEqualTo("10");
        assertThat(distanceAsSent(user, "10.000")).isEqualTo("10");
        assertThat(distanceAsSent(user, "0.001")).isEqualTo("0.001");
        assertThat(distanceAsSent(user, "0")).isEqualTo("0");
        assertThat(distanceAsSent(user, "1000")).isEqualTo("1000");
        assertThat(distanceAsSent(user, "123.450")).isEqualTo("123.45");
    }

    @Test
    void getAnswersTheActivityWithItsETagAnd304WhenTheClientHasIt() {
        Session user = newUser();
        long id = create(user, FULL);
        String path = "/api/v1/activities/" + id;

        Response response = http.get(path).token(user.token()).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"1\"");
        assertThat(response.json().get("id").asLong()).isEqualTo(id);
        assertThat(response.header("Content-Length")).as("a small body is sent whole, not chunked").isPresent();
        assertThat(response.header("Transfer-Encoding")).isEmpty();

        for (String matching : new String[]{"\"1\"", "W/\"1\"", "\"7\", \"1\""}) {
            Response notModified = http.get(path).token(user.token()).header("If-None-Match", matching).send();
            assertThat(notModified.status()).as(matching).isEqualTo(304);
            assertThat(notModified.body()).isEmpty();
            assertThat(notModified.header("ETag")).hasValue("\"1\"");
        }
        assertThat(http.get(path).token(user.token()).header("If-None-Match", "\"2\"").send().status()).isEqualTo(200);
    }

    @Test
    void listIsNewestDateFirstThenHighestIdAndPaged() {
        Session user = newUser();
        long older = create(user, activity("RUNNING", "2026-01-01", 30));
        long first = create(user, activity("CYCLING", "2026-03-01", 60));
        long second = create(user, activity("RUNNING", "2026-03-01", 20));

        JsonNode page0 = http.get("/api/v1/activities?size=2").token(user.token()).send().json();
        assertThat(page0.propertyNames()).containsExactly("items", "page", "size", "totalItems", "totalPages", "nextCursor");
        assertThat(ids(page0)).containsExactly(second, first);
        assertThat(page0.get("page").asInt()).isZero();
        assertThat(page0.get("size").asInt()).isEqualTo(2);
        assertThat(page0.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page0.get("totalPages").asLong()).isEqualTo(2);

        JsonNode page1 = http.get("/api/v1/activities?page=1&size=2").token(user.token()).send().json();
        assertThat(ids(page1)).containsExactly(older);

        JsonNode defaults = http.get("/api/v1/activities").token(user.token()).send().json();
        assertThat(defaults.get("page").asInt()).isZero();
        assertThat(defaults.get("size").asInt()).isEqualTo(20);
        assertThat(ids(defaults)).containsExactly(second, first, older);

        JsonNode beyond = http.get("/api/v1/activities?page=5").token(user.token()).send().json();
        assertThat(beyond.get("items").isEmpty()).isTrue();
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(3);
    }

    @Test
    void listFiltersByTypeAndInclusiveDatesAndTreatsEmptyParametersAsAbsent() {
        Session user = newUser();
        long january = create(user, activity("RUNNING", "2026-01-01", 30));
        long march = create(user, activity("CYCLING", "2026-03-01", 60));
        long april = create(user, activity("RUNNING", "2026-04-01", 20));

        assertThat(ids(list(user, "type=RUNNING"))).containsExactly(april, january);
        assertThat(ids(list(user, "from=2026-03-01"))).containsExactly(april, march);
        assertThat(ids(list(user, "to=2026-03-01"))).containsExactly(march, january);
        assertThat(ids(list(user, "type=RUNNING&from=2026-01-02&to=2026-04-01"))).containsExactly(april);
        assertThat(ids(list(user, "page=0&size=20&type=&from=&to="))).containsExactly(april, march, january);
    }

    @Test
    void putReplacesEverythingClearingOmittedOptionalFields() {
        Session user = newUser();
        long id = create(user, FULL);

        Response response = http.put("/api/v1/activities/" + id).token(user.token())
                .json(activity("WALKING", "2026-11-19", 30)).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"2\"");
        JsonNode replaced = response.json();
        assertThat(replaced.get("activityType").asString()).isEqualTo("WALKING");
        assertThat(replaced.get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(replaced.get("title").isNull()).isTrue();
        assertThat(replaced.get("notes").isNull()).isTrue();
        assertThat(replaced.get("createdAt").asString()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(http.get("/api/v1/activities/" + id).token(user.token()).send().json()).isEqualTo(replaced);
    }

    @Test
    void putWithIfMatchSucceedsOnlyOnTheCurrentVersion() {
        Session user = newUser();
        long id = create(user, FULL);
        String path = "/api/v1/activities/" + id;
        clock.advance(Duration.ofMinutes(5));

        Response current = http.put(path).token(user.token()).header("If-Match", "\"1\"")
                .json(activity("RUNNING", "2026-11-20", 50)).send();
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).hasValue("\"2\"");
        assertThat(current.json().get("updatedAt").asString()).isEqualTo("2026-11-20T08:05:00Z");

        Response stale = http.put(path).token(user.token()).header("If-Match", "\"1\"")
                .json(activity("RUNNING", "2026-11-20", 60)).send();
        assertProblem(stale, 412, "precondition-failed");
        assertThat(durationOf(user, id)).isEqualTo(50);

        assertThat(http.put(path).token(user.token()).header("If-Match", "W/\"2\"")
                .json(activity("RUNNING", "2026-11-20", 60)).send().status()).as("weak tags never match").isEqualTo(412);
        assertThat(http.put(path).token(user.token()).header("If-Match", "\"9\", \"2\"")
                .json(activity("RUNNING", "2026-11-20", 61)).send().header("ETag")).hasValue("\"3\"");
        assertThat(http.put(path).token(user.token()).header("If-Match", "*")
                .json(activity("RUNNING", "2026-11-20", 62)).send().header("ETag")).hasValue("\"4\"");
        assertThat(durationOf(user, id)).isEqualTo(62);
    }

    @Test
    void aMalformedIfMatchIsA400() {
        Session user = newUser();
        long id = create(user, FULL);

        Response response = http.put("/api/v1/activities/" + id).token(user.token()).header("If-Match", "1")
                .json(activity("RUNNING", "2026-11-20", 50)).send();

        assertProblem(response, 400, "validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        assertThat(durationOf(user, id)).isEqualTo(45);
    }

    @Test
    void mergePatchReplacesPresentFieldsClearsNullOnesAndKeepsTheRest() {
        Session user = newUser();
        long id = create(user, FULL);

        Response response = http.patch("/api/v1/activities/" + id).token(user.token())
                .header("Content-Type", "application/merge-patch+json")
                .json("{\"durationMinutes\":50,\"distanceKm\":null,\"notes\":\"tempo\",\"id\":999}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"2\"");
        JsonNode patched = response.json();
        assertThat(patched.get("id").asLong()).isEqualTo(id);
        assertThat(patched.get("durationMinutes").asInt()).isEqualTo(50);
        assertThat(patched.get("distanceKm").isNull()).isTrue();
        assertThat(patched.get("notes").asString()).isEqualTo("tempo");
        assertThat(patched.get("title").asString()).isEqualTo("Morning run");
        assertThat(patched.get("caloriesBurned").asInt()).isEqualTo(520);
        assertThat(patched.get("activityType").asString()).isEqualTo("RUNNING");
        assertThat(patched.get("activityDate").asString()).isEqualTo("2026-11-20");
    }

    @Test
    void plainJsonIsAcceptedAsAMergePatchToo() {
        Session user = newUser();
        long id = create(user, FULL);

        Response response = http.patch("/api/v1/activities/" + id).token(user.token())
                .json("{\"activityType\":\"HIKING\"}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("activityType").asString()).isEqualTo("HIKING");
        assertThat(response.json().get("durationMinutes").asInt()).isEqualTo(45);
    }

    @Test
    void mergePatchIsValidatedLikePutAndHonoursIfMatch() {
        Session user = newUser();
        long id = create(user, FULL);
        String path = "/api/v1/activities/" + id;

        Response clearsRequired = patch(user, path, "{\"durationMinutes\":null}", null);
        assertProblem(clearsRequired, 400, "validation");
        assertThat(clearsRequired.json().get("errors").get(0).get("field").asString()).isEqualTo("durationMinutes");
        assertProblem(patch(user, path, "{\"durationMinutes\":0}", null), 400, "validation");
        assertProblem(patch(user, path, "{\"activityType\":\"JOGGING\"}", null), 400, "validation");
        assertProblem(patch(user, path, "{\"distanceKm\":\"far\"}", null), 400, "validation");
        assertProblem(patch(user, path, "{\"activityDate\":\"2026-11-22\"}", null), 400, "validation");
        for (String notAnObject : new String[]{"[]", "\"text\"", "42", "null"}) {
            Response response = patch(user, path, notAnObject, null);
            assertThat(response.status()).as(notAnObject).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertProblem(patch(user, path, "{\"durationMinutes\":50}", "\"2\""), 412, "precondition-failed");

        Response current = patch(user, path, "{\"durationMinutes\":50}", "\"1\"");
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).hasValue("\"2\"");
        assertThat(durationOf(user, id)).isEqualTo(50);
    }

    @Test
    void patchNeedsAJsonContentType() {
        Session user = newUser();
        long id = create(user, FULL);

        Response response = http.patch("/api/v1/activities/" + id).token(user.token())
                .header("Content-Type", "text/plain").json("{\"durationMinutes\":50}").send();

        assertProblem(response, 415, "unsupported-media-type");
        assertThat(durationOf(user, id)).isEqualTo(45);
    }

    @Test
    void deleteMovesToTheTrashAndRestoreBringsItBack() {
        Session user = newUser();
        long id = create(user, FULL);
        String path = "/api/v1/activities/" + id;
        clock.advance(Duration.ofMinutes(10));

        Response deleted = http.delete(path).token(user.token()).send();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(http.delete(path).token(user.token()).send(), 404, "not-found");
        assertProblem(http.get(path).token(user.token()).send(), 404, "not-found");
        assertProblem(http.put(path).token(user.token()).json(FULL).send(), 404, "not-found");
        assertProblem(patch(user, path, "{\"title\":\"x\"}", null), 404, "not-found");
        assertThat(list(user, "").get("totalItems").asLong()).isZero();

        JsonNode trash = http.get("/api/v1/activities/trash").token(user.token()).send().json();
        assertThat(trash.get("totalItems").asLong()).isEqualTo(1);
        JsonNode trashed = trash.get("items").get(0);
        assertThat(trashed.propertyNames()).containsExactly("id", "activityType", "title", "description",
                "durationMinutes", "distanceKm", "caloriesBurned", "notes", "activityDate", "createdAt", "updatedAt",
                "deletedAt");
        assertThat(trashed.get("id").asLong()).isEqualTo(id);
        assertThat(trashed.get("deletedAt").asString()).isEqualTo("2026-11-20T08:10:00Z");

        Response restored = http.post(path + "/restore").token(user.token()).send();
        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("id").asLong()).isEqualTo(id);
        assertThat(restored.json().has("deletedAt")).isFalse();
        assertThat(restored.header("ETag")).isPresent();
        assertThat(http.get(path).token(user.token()).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/activities/trash").token(user.token()).send().json().get("totalItems").asLong()).isZero();
        assertProblem(http.post(path + "/restore").token(user.token()).send(), 404, "not-found");
    }

    @Test
    void trashIsPaged() {
        Session user = newUser();
        for (int i = 0; i < 3; i++) {
            long id = create(user, activity("OTHER", "2026-11-01", 10));
            assertThat(http.delete("/api/v1/activities/" + id).token(user.token()).send().status()).isEqualTo(204);
        }

        JsonNode page = http.get("/api/v1/activities/trash?page=1&size=2").token(user.token()).send().json();

        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
        assertProblem(http.get("/api/v1/activities/trash?size=101").token(user.token()).send(), 400, "validation");
    }

    @Test
    void anotherUsersActivityIsNotFoundForEveryOperationAndStaysUntouched() {
        Session owner = newUser();
        Session other = newUser();
        long id = create(owner, FULL);
        String path = "/api/v1/activities/" + id;

        assertProblem(http.get(path).token(other.token()).send(), 404, "not-found");
        assertProblem(http.put(path).token(other.token()).json(activity("ROWING", "2026-11-20", 99)).send(), 404, "not-found");
        assertProblem(patch(other, path, "{\"durationMinutes\":99}", null), 404, "not-found");
        assertProblem(http.delete(path).token(other.token()).send(), 404, "not-found");
        assertThat(list(other, "").get("totalItems").asLong()).isZero();

        assertThat(http.delete(path).token(owner.token()).send().status()).isEqualTo(204);
        assertProblem(http.post(path + "/restore").token(other.token()).send(), 404, "not-found");
        assertThat(http.get("/api/v1/activities/trash").token(other.token()).send().json().get("totalItems").asLong()).isZero();
        assertThat(http.post(path + "/restore").token(owner.token()).send().json().get("durationMinutes").asInt())
                .isEqualTo(45);
    }

    private Response patch(Session user, String path, String json, String ifMatch) {
        HttpClientForTests.Call call = http.patch(path).token(user.token())
                .header("Content-Type", "application/merge-patch+json").json(json);
        return ifMatch == null ? call.send() : call.header("If-Match", ifMatch).send();
    }

    private JsonNode list(Session user, String query) {
        Response response = http.get("/api/v1/activities?" + query).token(user.token()).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private int durationOf(Session user, long id) {
        return http.get("/api/v1/activities/" + id).token(user.token()).send().json().get("durationMinutes").asInt();
    }

    private String distanceAsSent(Session user, String distance) {
        String body = http.post("/api/v1/activities").token(user.token())
                .json("{\"activityType\":\"RUNNING\",\"durationMinutes\":10,\"distanceKm\":" + distance
                        + ",\"activityDate\":\"2026-11-20\"}").send().body();
        return body.replaceAll(".*\"distanceKm\":([^,]*),.*", "$1");
    }

    private static java.util.List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }
}
