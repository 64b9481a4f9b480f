package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduled purge, with a retention of zero so that it removes what was deleted a moment ago. */
class RetentionEndToEndTest {

    private static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@example.org";

    private static final PostgresDatabase DATABASE = TestPostgres.newDatabase();

    private static RunningStride stride;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        stride = RunningStride.start(DATABASE, TestRedis.shared(), Map.of(
                "stride.retention.soft-deleted", "0s",
                "stride.retention.purge-interval", "100ms",
                "stride.retention.purge-initial-delay", "0s",
                "stride.admin.email", ADMIN_EMAIL,
                "stride.admin.password", "admin password"));
        api = stride.api();
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    @Test
    void theScheduledPurgeRemovesSoftDeletedActivitiesAndAccountsAuditingEach() {
        Session user = api.newUser();
        long trashed = api.post("/api/v1/activities", user.accessToken(), activity("HIKING", "2026-03-01", 60)).json().get("id").asLong();
        long kept = api.post("/api/v1/activities", user.accessToken(), activity("HIKING", "2026-03-02", 60)).json().get("id").asLong();
        api.delete("/api/v1/activities/" + trashed, user.accessToken());

        awaitPurge("activity", trashed);
        assertThat(AuditTrail.of(DATABASE, "activity", trashed)).containsExactly("SOFT_DELETE by " + user.userId(), "PURGE by null");
        assertThat(api.get("/api/v1/activities/trash", user.accessToken()).json().get("totalItems").asLong()).isZero();
        assertThat(api.get("/api/v1/activities/" + kept, user.accessToken()).status()).isEqualTo(200);

        api.delete("/api/v1/users/me", user.accessToken());

        awaitPurge("user", user.userId());
        assertThat(AuditTrail.of(DATABASE, "user", user.userId())).containsExactly("SOFT_DELETE by " + user.userId(), "PURGE by null");
        assertThat(AuditTrail.of(DATABASE, "activity", kept)).containsExactly("PURGE by null");
        Session admin = api.logIn(ADMIN_EMAIL, "admin password", 0);
        assertThat(api.get("/api/v1/admin/users?deleted=true&size=100", admin.accessToken()).json().get("items").valueStream()
                .noneMatch(u -> u.get("id").asLong() == user.userId())).isTrue();
    }

    /** Waits for the scheduler to purge the subject; the generous bound only keeps a broken build from hanging. */
    private static void awaitPurge(String subjectType, long subjectId) {
        await("the purge of " + subjectType + " " + subjectId).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> AuditTrail.of(DATABASE, subjectType, subjectId).contains("PURGE by null"));
    }
}
