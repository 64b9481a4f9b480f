package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedisCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Stride instances sharing one PostgreSQL and one Redis Cluster (3 masters, a replica each):
 * whatever one instance wrote, the other one honours, as on a single Redis server.
 */
class ClusterEndToEndTest {

    private static final PostgresDatabase DATABASE = TestPostgres.newDatabase();
    private static final String PASSWORD = "correct horse battery";

    private static RunningStride first;
    private static RunningStride second;

    @BeforeAll
    static void start() {
        Map<String, String> settings = Map.of(
                "stride.rate-limit.policies.auth.limit", "100000",
                "stride.rate-limit.policies.authenticated.limit", "8",
                "stride.rate-limit.redis.local-share.fraction", "0",
                "stride.retention.soft-deleted", "0s",
                "stride.retention.purge-interval", "200ms",
                "stride.retention.purge-initial-delay", "0s",
                "spring.datasource.hikari.maximum-pool-size", "4");
        first = RunningStride.startOnCluster(DATABASE, TestRedisCluster.shared(), settings);
        second = RunningStride.startOnCluster(DATABASE, TestRedisCluster.shared(), settings);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void aSessionOpenedOnOneInstanceRotatesOnTheOtherAndAReplayAnywhereRevokesItsFamily() {
        Session user = first.api().newUser();

        Response refreshed = refresh(second, user.refreshToken());
        assertThat(refreshed.status()).isEqualTo(200);
        String successor = refreshed.json().get("refreshToken").asString();
        assertThat(second.api().get("/api/v1/users/me", refreshed.json().get("accessToken").asString()).status()).isEqualTo(200);

        assertThat(refresh(first, user.refreshToken()).status()).as("replay on the other instance").isEqualTo(401);
        assertThat(refresh(second, successor).status()).as("the successor died with its family").isEqualTo(401);
    }

    @Test
    void anAccountClosedOnOneInstanceLosesItsAccessTokensOnTheOther() {
        Session user = first.api().newUser();
        assertThat(second.api().get("/api/v1/users/me", user.accessToken()).status()).isEqualTo(200);

        assertThat(first.api().delete("/api/v1/users/me", user.accessToken()).status()).isEqualTo(204);

        assertThat(second.api().get("/api/v1/users/me", user.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(second, user.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void anActivityWrittenOnOneInstanceIsReadFreshOnTheOther() {
        Session user = first.api().newUser();
        long id = first.api().post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-03-01", 30))
                .json().get("id").asLong();
        String path = "/api/v1/activities/" + id;
        assertThat(second.api().get(path, user.accessToken()).json().get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(second.api().get("/api/v1/activities", user.accessToken()).json().get("totalItems").asLong()).isOne();

        Response updated = first.api().send("PUT", path, user.accessToken(), activity("RUNNING", "2026-03-01", 45), Map.of());
        assertThat(updated.status()).isEqualTo(200);

        assertThat(second.api().get(path, user.accessToken()).json().get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(second.api().get("/api/v1/activities", user.accessToken()).json().get("items").get(0)
                .get("durationMinutes").asInt()).isEqualTo(45);
    }

    @Test
    void bothInstancesCountAgainstOneQuota() {
        Session user = first.api().newUser();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            RunningStride instance = i % 2 == 0 ? first : second;
            statuses.add(instance.api().get("/api/v1/users/me", user.accessToken()).status());
        }
        assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 429);
    }

    @Test
    void theRetentionPurgeRemovesWhatWasDeleted() {
        Session user = first.api().newUser();
        long id = first.api().post("/api/v1/activities", user.accessToken(), activity("HIKING", "2026-03-02", 60))
                .json().get("id").asLong();
        assertThat(second.api().get("/api/v1/activities/" + id, user.accessToken()).status()).isEqualTo(200);

        first.api().delete("/api/v1/activities/" + id, user.accessToken());

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> AuditTrail.of(DATABASE, "activity", id).contains("PURGE by null"));
        assertThat(second.api().get("/api/v1/activities/" + id, user.accessToken()).status()).isEqualTo(404);
        assertThat(second.api().get("/api/v1/activities/trash", user.accessToken()).json().get("totalItems").asLong()).isZero();
    }

    private static Response refresh(RunningStride instance, String refreshToken) {
        return instance.api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refreshToken + "\"}");
    }
}
