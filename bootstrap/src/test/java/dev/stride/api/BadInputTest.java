package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input of every kind gets a 4xx problem (never a 500) and changes nothing. */
class BadInputTest extends WebAdapterTest {

    private static final String VALID = "{\"activityType\":\"RUNNING\",\"durationMinutes\":45,\"activityDate\":\"2026-11-20\"";

    /** A valid activity with one member replaced (or added): {@code with("durationMinutes", "0")}. */
    private static String with(String member, String json) {
        return "{\"activityType\":\"RUNNING\",\"durationMinutes\":45,\"activityDate\":\"2026-11-20\",\"" + member + "\":"
                + json + "}";
    }

    static Stream<Arguments> badActivities() {
        return Stream.of(
                arguments("{not json", "malformed-request", null),
                arguments("", "malformed-request", null),
                arguments("null", "malformed-request", null),
                arguments("[]", "malformed-request", null),
                arguments("\"a string\"", "malformed-request", null),
                arguments("42", "malformed-request", null),
                arguments(VALID, "malformed-request", null),
                arguments(VALID + ",}", "malformed-request", null),
                arguments("{}", "validation", "activityType"),
                arguments(with("activityType", "\"SKYDIVING\""), "validation", "activityType"),
                arguments(with("activityType", "\"running\""), "validation", "activityType"),
                arguments(with("activityType", "7"), "validation", "activityType"),
                arguments(with("activityType", "null"), "validation", "activityType"),
                arguments(with("durationMinutes", "\"abc\""), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "1.5"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "true"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "99999999999"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "-99999999999999999999999"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "1" + "0".repeat(2000)), "malformed-request", null),
                arguments(with("durationMinutes", "0"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "1441"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "{}"), "validation", "durationMinutes"),
                arguments(with("durationMinutes", "[45]"), "validation", "durationMinutes"),
                arguments(with("distanceKm", "1.2345"), "validation", "distanceKm"),
                arguments(with("distanceKm", "-0.001"), "validation", "distanceKm"),
                arguments(with("distanceKm", "1000.001"), "validation", "distanceKm"),
                arguments(with("distanceKm", "1e400"), "validation", "distanceKm"),
                arguments(with("distanceKm", "\"far\""), "validation", "distanceKm"),
                arguments(with("distanceKm", "\"NaN\""), "validation", "distanceKm"),
                arguments(with("distanceKm", "true"), "validation", "distanceKm"),
                arguments(with("caloriesBurned", "20001"), "validation", "caloriesBurned"),
                arguments(with("caloriesBurned", "-1"), "validation", "caloriesBurned"),
                arguments(with("title", "\"" + "t".repeat(256) + "\""), "validation", "title"),
                arguments(with("title", "{\"nested\":true}"), "validation", "title"),
                arguments(with("unknown", "[".repeat(3000) + "]".repeat(3000)), "malformed-request", null),
                arguments(with("description", "\"" + "d".repeat(1001) + "\""), "validation", "description"),
                arguments(with("notes", "\"" + "n".repeat(2001) + "\""), "validation", "notes"),
                arguments(with("activityDate", "\"2026-13-01\""), "validation", "activityDate"),
                arguments(with("activityDate", "\"20.11.2026\""), "validation", "activityDate"),
                arguments(with("activityDate", "20261120"), "validation", "activityDate"),
                arguments(with("activityDate", "\"1899-12-31\""), "validation", "activityDate"),
                arguments(with("activityDate", "\"2026-11-22\""), "validation", "activityDate"));
    }

    @ParameterizedTest
    @MethodSource("badActivities")
    void aBadActivityIsNeitherCreatedNorStored(String body, String type, String field) {
        Session user = newUser();

        Response response = http.post("/api/v1/activities").token(user.token()).json(body).send();

        assertBadInput(response, type, field);
        assertThat(activities.all()).noneMatch(activity -> activity.userId() == user.id());
    }

    @ParameterizedTest
    @MethodSource("badActivities")
    void aBadReplacementChangesNothing(String body, String type, String field) {
        Session user = newUser();
        long id = create(user, activity("RUNNING", "2026-11-20", 45));

        Response response = http.put("/api/v1/activities/" + id).token(user.token()).json(body).send();

        assertBadInput(response, type, field);
        assertUnchanged(user, id);
    }

    @Test
    void theBoundariesAreAccepted() {
        Session user = newUser();
        create(user, with("durationMinutes", "1"));
        create(user, with("durationMinutes", "1440"));
        create(user, with("distanceKm", "1000.000"));
        create(user, with("caloriesBurned", "20000"));
        create(user, with("notes", "\"" + "n".repeat(2000) + "\""));
        create(user, with("activityDate", "\"1900-01-01\""));
        create(user, with("activityDate", "\"2026-11-21\""));
    }

    @Test
    void invalidUtf8IsMalformed() {
        Session user = newUser();
        byte[] body = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        Response response = http.post("/api/v1/activities").token(user.token())
                .header("Content-Type", "application/json").bytes(body).send();

        assertBadInput(response, "malformed-request", null);
    }

    @ParameterizedTest
    @CsvSource({
            "size=0, size", "size=101, size", "size=-1, size", "size=abc, size", "size=1.5, size",
            "size=99999999999, size", "page=-1, page", "page=x, page", "type=SKYDIVING, type", "type=running, type",
            "from=yesterday, from", "from=2026-13-01, from", "to=2026/01/01, to", "from=2026-02-01&to=2026-01-01, from"})
    void aBadListParameterIsA400NamingIt(String query, String parameter) {
        Session user = newUser();

        Response response = http.get("/api/v1/activities?" + query).token(user.token()).send();

        assertBadInput(response, "validation", parameter);
    }

    @ParameterizedTest
    @CsvSource({"size=0, size", "page=-1, page", "size=x, size"})
    void aBadTrashParameterIsA400NamingIt(String query, String parameter) {
        Session user = newUser();

        assertBadInput(http.get("/api/v1/activities/trash?" + query).token(user.token()).send(), "validation", parameter);
    }

    @ParameterizedTest
    @CsvSource({"abc", "1.5", "99999999999999999999"})
    void aBadIdIsA400NamingIt(String id) {
        Session user = newUser();

        assertBadInput(http.get("/api/v1/activities/" + id).token(user.token()).send(), "validation", "id");
        assertBadInput(http.delete("/api/v1/activities/" + id).token(user.token()).send(), "validation", "id");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        Session user = newUser();
        byte[] json = with("title", "\"x\"").getBytes(StandardCharsets.UTF_8);

        assertProblem(http.post("/api/v1/activities").token(user.token()).header("Content-Type", "text/plain")
                .bytes(json).send(), 415, "unsupported-media-type");
        assertProblem(http.post("/api/v1/activities").token(user.token()).bytes(json).send(), 415,
                "unsupported-media-type");
        assertProblem(http.post("/api/v1/auth/login").header("Content-Type", "application/xml").bytes(json).send(),
                415, "unsupported-media-type");
        assertThat(activities.all()).noneMatch(activity -> activity.userId() == user.id());
    }

    @Test
    void anUnsatisfiableAcceptIsNotAcceptable() {
        Session user = newUser();

        assertProblem(http.get("/api/v1/activities").token(user.token()).header("Accept", "application/xml").send(),
                406, "not-acceptable");
    }

    @Test
    void aProblemIsSentAsProblemJsonWhateverTheAcceptHeaderSays() {
        Session user = newUser();

        assertProblem(http.get("/api/v1/nothing-here").token(user.token()).header("Accept", "text/html").send(), 404,
                "not-found");
        assertProblem(http.get("/api/v1/activities/1").token(user.token()).header("Accept", "not a media type").send(),
                406, "not-acceptable");
    }

    @Test
    void anUnsupportedMethodIsNotAllowedAndSaysWhatIs() {
        Session user = newUser();

        Response response = http.delete("/api/v1/activities").token(user.token()).send();

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    void anUnknownPathIsNotFound() {
        Session user = newUser();

        assertProblem(http.get("/api/v1/nothing-here").token(user.token()).send(), 404, "not-found");
    }

    @Test
    void aSuspiciousUrlIsRejectedAsMalformed() {
        Session user = newUser();

        assertProblem(http.get("/api/v1//activities").token(user.token()).send(), 400, "malformed-request");
        assertProblem(http.get("/api/v1/activities/1;jsessionid=x").token(user.token()).send(), 400, "malformed-request");
        assertProblem(http.get("/api/v1/activities/..%2F..%2Factuator").token(user.token()).send(), 400,
                "malformed-request");
    }

    @Test
    void aQueryParameterWithoutANameIsMalformed() {
        Session user = newUser();

        assertProblem(http.get("/api/v1/activities?page=0&=x").token(user.token()).send(), 400, "malformed-request");
        assertProblem(http.get("/api/v1/stats?=").token(user.token()).send(), 400, "malformed-request");
    }

    @Test
    void anUnexpectedErrorIsA500ThatRevealsNothing() {
        Session user = newUser();

        Response response = http.get("/api/v1/test/failure").token(user.token()).send();

        assertProblem(response, 500, "internal");
        assertThat(response.body()).doesNotContain(FailingController.SECRET, "IllegalStateException");
    }

    private void assertUnchanged(Session user, long id) {
        Response current = http.get("/api/v1/activities/" + id).token(user.token()).send();
        assertThat(current.header("ETag")).hasValue("\"1\"");
        assertThat(current.json().get("durationMinutes").asInt()).isEqualTo(45);
    }

    private static void assertBadInput(Response response, String type, String field) {
        assertProblem(response, 400, type);
        if (field != null) {
            assertThat(response.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                    .as(response.body()).contains(field);
            assertThat(response.json().get("errors").valueStream().map(error -> error.get("message").asString()))
                    .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("java.", "tools.jackson"));
        }
    }
}
