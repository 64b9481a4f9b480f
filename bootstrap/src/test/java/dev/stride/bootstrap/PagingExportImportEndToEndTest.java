package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;

/** Cursors, export, import and the quota on the real stack: two instances on one PostgreSQL and Redis. */
class PagingExportImportEndToEndTest {

    private static final int QUOTA = 6;
    private static final Map<String, String> SMALL_QUOTA = Map.of("stride.quota.activities-per-user", String.valueOf(QUOTA));
    private static final Map<String, String> CSV = Map.of("Content-Type", "text/csv");

    private static RunningStride first;
    private static RunningStride second;

    @BeforeAll
    static void start() {
        first = RunningStride.start(SMALL_QUOTA);
        second = RunningStride.start(SMALL_QUOTA);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void aCursorOfOneInstanceContinuesOnTheOther() {
        Session user = first.api().newUser();
        for (int day = 1; day <= 5; day++) {
            first.api().post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-0" + day, 10 * day));
        }

        Response page = first.api().get("/api/v1/activities?size=2&sort=-durationMinutes", user.accessToken());
        Response next = second.api().get("/api/v1/activities?size=2&cursor=" + page.json().get("nextCursor").asString(),
                user.accessToken());

        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("items")).extracting(a -> a.get("durationMinutes").asInt()).containsExactly(30, 20);
    }

    @Test
    void exportDeleteImportGivesTheSameActivitiesAndTheCachedListSeesThemAtOnce() {
        Session user = first.api().newUser();
        first.api().post("/api/v1/activities", user.accessToken(), """
                {"activityType":"CYCLING","title":"","description":"river, \\"loop\\"","durationMinutes":90,"distanceKm":12.345,
                 "caloriesBurned":800,"notes":"  two\\nlines ","activityDate":"2026-11-01"}""");
        first.api().post("/api/v1/activities", user.accessToken(), activity("YOGA", "2026-11-02", 60));
        List<JsonNode> before = listed(user);
        String csv = first.api().get("/api/v1/activities/export?format=csv", user.accessToken()).body();
        before.forEach(a -> first.api().delete("/api/v1/activities/" + a.get("id").asLong(), user.accessToken()));
        assertThat(listed(user)).isEmpty(); // the first page is cached now, empty

        Response imported = second.api().send("POST", "/api/v1/activities/import", user.accessToken(), csv, CSV);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        assertThat(listed(user)).extracting(PagingExportImportEndToEndTest::userFields)
                .containsExactlyElementsOf(before.stream().map(PagingExportImportEndToEndTest::userFields).toList());
        String ndjson = first.api().get("/api/v1/activities/export?format=ndjson", user.accessToken()).body();
        assertThat(ndjson.lines()).hasSize(2);
    }

    @Test
    void anImportPastTheQuotaCreatesNothingAndTheQuotaHoldsOnBothInstances() {
        Session user = first.api().newUser();
        first.api().post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-01", 30));
        String rows = "activityType,durationMinutes,activityDate\r\n" + "RUNNING,30,2026-11-02\r\n".repeat(QUOTA);

        Response refused = second.api().send("POST", "/api/v1/activities/import", user.accessToken(), rows, CSV);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("quota").asString()).isEqualTo("activities-per-user");
        assertThat(listed(user)).hasSize(1);
        for (int i = 1; i < QUOTA; i++) {
            RunningStride instance = i % 2 == 0 ? first : second;
            assertThat(instance.api().post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-03", 30))
                    .status()).isEqualTo(201);
        }
        assertThat(first.api().post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-03", 30))
                .status()).isEqualTo(409);
        assertThat(listed(user)).hasSize(QUOTA);
    }

    private static List<JsonNode> listed(Session user) {
        List<JsonNode> items = new ArrayList<>();
        first.api().get("/api/v1/activities?size=100", user.accessToken()).json().get("items").forEach(items::add);
        return items;
    }

    private static JsonNode userFields(JsonNode activity) {
        ObjectNode copy = (ObjectNode) activity.deepCopy();
        copy.remove(List.of("id", "createdAt", "updatedAt"));
        return copy;
    }
}
