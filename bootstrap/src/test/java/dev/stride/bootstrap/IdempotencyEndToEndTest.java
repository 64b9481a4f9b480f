package dev.stride.bootstrap;

import dev.stride.application.testing.AtOnce;
import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code Idempotency-Key} with the records in the real state Redis, across two Stride instances. */
class IdempotencyEndToEndTest {

    private static final String RUN = activity("RUNNING", "2026-11-19", 45);

    private static Response post(RunningStride instance, Session user, String key) {
        return instance.api().send("POST", "/api/v1/activities", user.accessToken(), RUN, Map.of("Idempotency-Key", key));
    }

    private static int activitiesOf(RunningStride instance, Session user) {
        return instance.api().get("/api/v1/activities", user.accessToken()).json().get("totalItems").asInt();
    }

    /** A client retrying hard on a flaky network, its retries landing on either instance. */
    @Test
    void concurrentRetriesWithOneKeyOnTwoInstancesCreateExactlyOneActivity() throws Exception {
        try (RunningStride first = RunningStride.start(); RunningStride second = RunningStride.start()) {
            Session user = first.api().newUser();
            String key = UUID.randomUUID().toString();
            List<Response> responses = AtOnce.run(16, i -> () -> post(i % 2 == 0 ? first : second, user, key));

            assertThat(responses).allSatisfy(response -> assertThat(response.status()).as(response.body()).isIn(201, 409));
            List<Response> created = responses.stream().filter(r -> r.status() == 201).toList();
            assertThat(created).filteredOn(r -> r.header("Idempotent-Replayed").isEmpty()).hasSize(1);
            assertThat(created).extracting(Response::body).containsOnly(created.getFirst().body());
            assertThat(activitiesOf(first, user)).isEqualTo(1);

            Response onFirst = post(first, user, key);
            Response onSecond = post(second, user, key);
            for (Response replay : List.of(onFirst, onSecond)) {
                assertThat(replay.status()).isEqualTo(201);
                assertThat(replay.header("Idempotent-Replayed")).contains("true");
                assertThat(replay.body()).isEqualTo(created.getFirst().body());
                assertThat(replay.header("Location")).isEqualTo(created.getFirst().header("Location"));
            }
            assertThat(activitiesOf(second, user)).isEqualTo(1);
        }
    }

    /** Never risk a duplicate: with its records out of reach a keyed request is refused; the others go on. */
    @Test
    void withTheStateRedisDownAKeyedRequestIs503AndAnUnkeyedOneIsServed() {
        try (DedicatedRedis redis = new DedicatedRedis().start();
             RunningStride stride = RunningStride.start(TestPostgres.database(),
                     new RedisEndpoint(redis.host(), redis.port(), "idem:"), Map.of())) {
            Session user = stride.api().newUser();
            redis.stop();

            Response keyed = post(stride, user, UUID.randomUUID().toString());
            Response unkeyed = stride.api().post("/api/v1/activities", user.accessToken(), RUN);

            assertThat(keyed.status()).as(keyed.body()).isEqualTo(503);
            assertThat(keyed.contentType()).startsWith("application/problem+json");
            assertThat(keyed.header("Retry-After")).isPresent();
            assertThat(unkeyed.status()).as(unkeyed.body()).isEqualTo(201);
            assertThat(activitiesOf(stride, user)).isEqualTo(1);
        }
    }
}
