package dev.stride.api;

import dev.stride.application.testing.AtOnce;
import dev.stride.application.testing.SwitchableIdempotencyStore;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} on POST /api/v1/activities, over HTTP on the in-memory adapters. */
class IdempotencyApiTest extends WebAdapterTest {

    private static final String RUN = activity("RUNNING", "2026-11-19", 45);

    @Autowired
    SwitchableIdempotencyStore store;

    @AfterEach
    void storeBackUp() {
        store.up();
    }

    private Response post(Session user, String key, String json) {
        return http.post("/api/v1/activities").token(user.token()).header("Idempotency-Key", key).json(json).send();
    }

    private int activitiesOf(Session user) {
        return http.get("/api/v1/activities").token(user.token()).send().json().get("totalItems").asInt();
    }

    @Test
    void aRetryGetsTheSameResponseMarkedReplayedAndCreatesNothing() {
        Session user = newUser();
        String key = UUID.randomUUID().toString();

        Response first = post(user, key, RUN);
        Response retry = post(user, key, RUN);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isPresent();
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(activitiesOf(user)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        Session user = newUser();
        create(user, RUN);
        create(user, RUN);
        assertThat(activitiesOf(user)).isEqualTo(2);
    }

    @Test
    void aNewKeyCreatesAgain() {
        Session user = newUser();
        post(user, "first", RUN);
        post(user, "second", RUN);
        assertThat(activitiesOf(user)).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndCreatesNothing() {
        Session user = newUser();
        post(user, "k", RUN);

        Response other = post(user, "k", activity("CYCLING", "2026-11-19", 60));

        assertProblem(other, 422, "idempotency-key-reused");
        assertThat(activitiesOf(user)).isEqualTo(1);
    }

    /** Another user's key is not theirs to replay: they neither see the response nor are refused. */
    @Test
    void keysAreScopedToTheCaller() {
        Session ann = newUser();
        Session bob = newUser();
        Response anns = post(ann, "shared-key", RUN);

        Response bobs = post(bob, "shared-key", activity("SWIMMING", "2026-11-18", 30));

        assertThat(bobs.status()).isEqualTo(201);
        assertThat(bobs.header("Idempotent-Replayed")).isEmpty();
        assertThat(bobs.header("Location")).isNotEqualTo(anns.header("Location"));
        assertThat(activitiesOf(bob)).isEqualTo(1);
    }

    @Test
    void aFailedRequestIsNotKeptSoItsCorrectedRetryWithTheSameKeyIsProcessed() {
        Session user = newUser();
        Response invalid = post(user, "k", activity("RUNNING", "2026-11-19", 0));
        assertProblem(invalid, 400, "validation");

        Response corrected = post(user, "k", RUN);

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void invalidKeysAre400AndCreateNothing() throws IOException {
        Session user = newUser();
        Response tooLong = post(user, "x".repeat(256), RUN);
        assertProblem(tooLong, 400, "validation");
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        // Tomcat itself refuses DEL and other control characters in a header (IdempotencyKeyTest covers them)
        for (String keyHeaders : List.of("Idempotency-Key: ", "Idempotency-Key: tab\tbed",
                "Idempotency-Key: caf\u00e9", "Idempotency-Key: a\r\nIdempotency-Key: b")) {
            String response = raw("POST /api/v1/activities HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + user.token()
                    + "\r\n" + keyHeaders + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + RUN.length() + "\r\nConnection: close\r\n\r\n" + RUN);
            assertThat(response).as(keyHeaders).startsWith("HTTP/1.1 400").contains("Idempotency-Key");
        }
        assertThat(activitiesOf(user)).isZero();
        assertThat(post(user, "x".repeat(255), RUN).status()).isEqualTo(201);
    }

    /** What java.net.http refuses to send as is: an empty header value, control characters, non-ASCII bytes. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anUnauthenticatedRequestWithAKeyIs401AndClaimsNothing() {
        Response anonymous = http.post("/api/v1/activities").header("Idempotency-Key", "k").json(RUN).send();
        assertProblem(anonymous, 401, "unauthorized");
    }

    @Test
    void withTheRecordsUnreachableAKeyedRequestIs503AndCreatesNothingWhileOneWithoutAKeyWorks() {
        Session user = newUser();
        store.down();

        Response keyed = post(user, "k", RUN);

        assertProblem(keyed, 503, "service-unavailable");
        assertThat(keyed.header("Retry-After")).isPresent();
        assertThat(activitiesOf(user)).isZero();
        create(user, RUN);
        assertThat(activitiesOf(user)).isEqualTo(1);
    }

    @Test
    void theKeyMeansNothingOnOtherRoutes() {
        Session user = newUser();
        long id = create(user, RUN);
        Response put = http.put("/api/v1/activities/" + id).token(user.token()).header("Idempotency-Key", "x".repeat(300))
                .json(RUN).send();
        assertThat(put.status()).isEqualTo(200);
    }

    /** Retries racing the first request: exactly one is processed, the others are refused (409) or replayed. */
    @Test
    void concurrentRetriesWithOneKeyCreateExactlyOneActivity() throws Exception {
        Session user = newUser();
        List<Response> responses = AtOnce.run(12, i -> () -> post(user, "race", RUN));

        assertThat(responses).allSatisfy(response -> assertThat(response.status()).isIn(201, 409));
        assertThat(responses).filteredOn(r -> r.status() == 201 && r.header("Idempotent-Replayed").isEmpty()).hasSize(1);
        responses.stream().filter(r -> r.status() == 409).forEach(r -> assertProblem(r, 409, "idempotency-key-in-use"));
        assertThat(activitiesOf(user)).isEqualTo(1);
    }

    /** The import is wrapped by the same filter: a retried import creates its rows once. */
    @Test
    void aRetriedImportCreatesItsRowsOnce() {
        Session user = newUser();
        byte[] csv = ("activityType,durationMinutes,activityDate\r\nRUNNING,30,2026-11-01\r\nCYCLING,60,2026-11-02\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Response first = http.post("/api/v1/activities/import").token(user.token()).header("Content-Type", "text/csv")
                .header("Idempotency-Key", "import-1").bytes(csv).send();
        Response retry = http.post("/api/v1/activities/import").token(user.token()).header("Content-Type", "text/csv")
                .header("Idempotency-Key", "import-1").bytes(csv).send();

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(activitiesOf(user)).isEqualTo(2);
        assertProblem(post(user, "import-1", RUN), 422, "idempotency-key-reused");
    }

    @Test
    void theReplayIsKeptTwentyFourHours() {
        Session user = newUser();
        post(user, "k", RUN);

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        Session later = new Session(user.id(), user.email(), logIn(user.email(), PASSWORD));
        assertThat(post(later, "k", RUN).header("Idempotent-Replayed")).contains("true");
        clock.advance(Duration.ofSeconds(1));
        later = new Session(user.id(), user.email(), logIn(user.email(), PASSWORD));
        assertThat(post(later, "k", RUN).header("Idempotent-Replayed")).isEmpty();
    }
}
