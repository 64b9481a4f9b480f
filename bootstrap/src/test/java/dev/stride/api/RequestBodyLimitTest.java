package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Bodies of up to 64 KiB are read, larger ones get 413, whether their length is declared or chunked. */
class RequestBodyLimitTest extends WebAdapterTest {

    private static final int LIMIT = 64 * 1024;

    @Test
    void aBodyOfExactlyTheLimitIsAccepted() {
        Session user = newUser();

        Response declared = http.post("/api/v1/activities").token(user.token()).json(activityOfSize(LIMIT)).send();
        Response chunked = http.post("/api/v1/activities").token(user.token()).chunked(activityOfSize(LIMIT)).send();

        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(201);
    }

    @Test
    void oneByteMoreIsTooLargeWithADeclaredLength() {
        Session user = newUser();

        Response response = http.post("/api/v1/activities").token(user.token()).json(activityOfSize(LIMIT + 1)).send();

        assertProblem(response, 413, "payload-too-large");
        assertThat(activities.all()).noneMatch(activity -> activity.userId() == user.id());
    }

    @Test
    void oneByteMoreIsTooLargeWhenChunked() {
        Session user = newUser();

        Response response = http.post("/api/v1/activities").token(user.token()).chunked(activityOfSize(LIMIT + 1)).send();

        assertProblem(response, 413, "payload-too-large");
        assertThat(activities.all()).noneMatch(activity -> activity.userId() == user.id());
    }

    @Test
    void everyWritingEndpointIsLimited() {
        Session user = newUser();
        long id = create(user, activity("RUNNING", "2026-11-20", 45));
        String huge = "{\"notes\":\"" + "x".repeat(70_000) + "\"}";

        assertProblem(http.put("/api/v1/activities/" + id).token(user.token()).json(huge).send(), 413, "payload-too-large");
        assertProblem(http.patch("/api/v1/activities/" + id).token(user.token()).chunked(huge).send(), 413,
                "payload-too-large");
        assertProblem(http.post("/api/v1/auth/register").json(huge).send(), 413, "payload-too-large");
        assertProblem(http.post("/api/v1/auth/login").chunked(huge).send(), 413, "payload-too-large");
        assertThat(http.get("/api/v1/activities/" + id).token(user.token()).send().header("ETag")).hasValue("\"1\"");
    }

    @Test
    void anAnonymousCallerLearnsNothingButThatATokenIsNeeded() {
        Response response = http.post("/api/v1/activities").json(activityOfSize(LIMIT + 1)).send();

        assertProblem(response, 401, "unauthorized");
    }

    /** A valid activity, padded with insignificant whitespace to exactly {@code bytes} bytes. */
    private static String activityOfSize(int bytes) {
        String json = activity("RUNNING", "2026-11-20", 45);
        String padded = json.substring(0, json.length() - 1)
                + " ".repeat(bytes - json.getBytes(StandardCharsets.UTF_8).length) + "}";
        assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return padded;
    }
}
