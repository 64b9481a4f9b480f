package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** GET /api/v1/activities/export and POST /api/v1/activities/import (docs/openapi.json). */
class ExportImportApiTest extends WebAdapterTest {

    private static final String HEADER =
            "\"id\",\"activityType\",\"title\",\"description\",\"durationMinutes\",\"distanceKm\",\"caloriesBurned\",\"notes\",\"activityDate\",\"createdAt\",\"updatedAt\"";

    @Test
    void theCsvExportHasAHeaderOfTheJsonFieldNamesAndQuotesEveryPresentValue() {
        Session user = newUser();
        long id = create(user, """
                {"activityType":"RUNNING","title":"Say \\"hi\\", then run","durationMinutes":45,"distanceKm":10.5,
                 "notes":"two\\nlines","activityDate":"2026-11-20"}""");

        Response export = http.get("/api/v1/activities/export?format=csv").token(user.token()).send();

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).hasValue("attachment; filename=\"activities.csv\"");
        assertThat(export.body()).isEqualTo(HEADER + "\r\n"
                + "\"" + id + "\",\"RUNNING\",\"Say \"\"hi\"\", then run\",,\"45\",\"10.500\",,\"two\nlines\",\"2026-11-20\","
                + "\"2026-11-20T08:00:00Z\",\"2026-11-20T08:00:00Z\"\r\n");
    }

    @Test
    void theNdjsonExportIsOneActivityPerLine() {
        Session user = newUser();
        long older = create(user, activity("RUNNING", "2026-11-19", 30));
        long newer = create(user, activity("SWIMMING", "2026-11-20", 40));

        Response export = http.get("/api/v1/activities/export?format=ndjson").token(user.token()).send();

        assertThat(export.contentType()).startsWith("application/x-ndjson");
        String[] lines = export.body().split("\n");
        assertThat(export.body()).endsWith("\n");
        assertThat(lines).hasSize(2);
        assertThat(HttpClientForTests.JSON.readTree(lines[0]).get("id").asLong()).isEqualTo(older);
        assertThat(HttpClientForTests.JSON.readTree(lines[1]).get("activityType").asString()).isEqualTo("SWIMMING");
        assertThat(HttpClientForTests.JSON.readTree(lines[1]).get("id").asLong()).isEqualTo(newer);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertProblem(http.get("/api/v1/activities/export?format=xml").token(newUser().token()).send(), 400, "validation");
    }

    @Test
    void exportDeleteImportGivesTheSameActivities() {
        Session user = newUser();
        create(user, """
                {"activityType":"CYCLING","title":"","description":"river, \\"loop\\"","durationMinutes":90,"distanceKm":0,
                 "caloriesBurned":800,"notes":"  verbatim\\r\\n «x» ","activityDate":"2026-11-01"}""");
        create(user, activity("YOGA", "2026-11-02", 60));
        List<JsonNode> before = listed(user);
        String csv = http.get("/api/v1/activities/export?format=csv").token(user.token()).send().body();
        before.forEach(a -> http.delete("/api/v1/activities/" + a.get("id").asLong()).token(user.token()).send());

        Response imported = importCsv(user, csv);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);
        assertThat(listed(user)).extracting(ExportImportApiTest::withoutServerFields)
                .containsExactlyElementsOf(before.stream().map(ExportImportApiTest::withoutServerFields).toList());
    }

    @Test
    void everyInvalidRowIsReportedByLineAndNothingIsCreated() {
        Session user = newUser();
        String csv = "activityType,durationMinutes,activityDate,notes\r\n"
                + "RUNNING,30,2026-11-01,ok\r\n"
                + "JUMPING,0,2026-11-02,\"spans\r\ntwo lines\"\r\n"
                + "RUNNING,abc,not-a-date,\r\n"
                + "RUNNING,30,2026-11-25,too late\r\n";

        Response refused = importCsv(user, csv);

        assertProblem(refused, 400, "validation");
        List<JsonNode> errors = new ArrayList<>();
        refused.json().get("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.get("line").asInt(), e -> e.get("field").asString()).containsExactly(
                tuple(3, "activityType"), tuple(3, "durationMinutes"), tuple(5, "durationMinutes"), tuple(5, "activityDate"));
        assertThat(listed(user)).isEmpty();

        Response late = importCsv(user, "activityType,durationMinutes,activityDate\r\nRUNNING,30,2026-11-01\r\nRUNNING,30,2026-11-25\r\n");
        assertProblem(late, 400, "validation");
        assertThat(late.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("activityDate");
        assertThat(listed(user)).isEmpty();
    }

    @Test
    void aHeaderWithoutARequiredColumnIsRefusedAtLineOne() {
        Response refused = importCsv(newUser(), "activityType,activityDate\r\nRUNNING,2026-11-01\r\n");

        assertProblem(refused, 400, "validation");
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("durationMinutes");
    }

    @Test
    void anUnbalancedQuoteIsAMalformedRequest() {
        assertProblem(importCsv(newUser(), "activityType,durationMinutes,activityDate\r\n\"RUNNING,30,2026-11-01\r\n"),
                400, "malformed-request");
    }

    @Test
    void moreThanTenThousandRowsAre413AndNothingIsCreated() {
        Session user = newUser();
        StringBuilder csv = new StringBuilder("activityType,durationMinutes,activityDate\r\n");
        csv.append("RUNNING,30,2026-11-01\r\n".repeat(10_001));

        assertProblem(importCsv(user, csv.toString()), 413, "payload-too-large");
        assertThat(listed(user)).isEmpty();
    }

    @Test
    void aBodyOverFiveMegabytesIs413() {
        Session user = newUser();
        String csv = "activityType,durationMinutes,activityDate,notes\r\nRUNNING,30,2026-11-01,\"" + "x".repeat(5 * 1024 * 1024) + "\"\r\n";

        assertProblem(importCsv(user, csv), 413, "payload-too-large");
    }

    @Test
    void anImportPastTheQuotaCreatesNothing() {
        Session user = newUser();
        create(user, activity("RUNNING", "2026-11-01", 30));
        String csv = "activityType,durationMinutes,activityDate\r\n"
                + "RUNNING,30,2026-11-01\r\n".repeat(WebTestApplication.ACTIVITY_QUOTA);

        assertProblem(importCsv(user, csv), 409, "quota-exceeded");
    }

    private Response importCsv(Session user, String csv) {
        return http.post("/api/v1/activities/import").token(user.token()).header("Content-Type", "text/csv")
                .bytes(csv.getBytes(StandardCharsets.UTF_8)).send();
    }

    private List<JsonNode> listed(Session user) {
        List<JsonNode> items = new ArrayList<>();
        http.get("/api/v1/activities?size=100").token(user.token()).send().json().get("items").forEach(items::add);
        return items;
    }

    private static JsonNode withoutServerFields(JsonNode activity) {
        var copy = activity.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy).remove(List.of("id", "createdAt", "updatedAt"));
        return copy;
    }
}
