package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limiting as a client meets it: a route policy of two limits charged on writes besides the
 * general one, the caller's standing, forged tokens counted per IP, failed logins per account, and
 * limits changed in a file and reloaded without a restart.
 */
class RateLimitEndToEndTest {

    private static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@example.org";
    private static final String ADMIN_PASSWORD = "admin password of the e2e test";
    /** These tests are about counting, not about a slow Redis: a busy build machine must not make them fail open. */
    static final String PATIENT_TIMEOUT = "stride.rate-limit.redis.timeout";
    static final String PATIENT_CONNECT_TIMEOUT = "stride.rate-limit.redis.connect-timeout";

    @TempDir
    static Path configDir;
    private static Path configFile;
    private static RunningStride stride;
    private static ApiClient api;
    private static Session admin;

    @BeforeAll
    static void start() throws IOException {
        configFile = configDir.resolve("rate-limits.yml");
        writeLimits(2);
        stride = RunningStride.start(Map.of(
                "stride.admin.email", ADMIN_EMAIL, "stride.admin.password", ADMIN_PASSWORD, PATIENT_TIMEOUT, "5s", PATIENT_CONNECT_TIMEOUT, "5s",
                "stride.rate-limit.config-file", configFile.toString(),
                "stride.rate-limit.policies.failed-login.limit", "3"));
        api = stride.api();
        admin = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD, 0);
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    @Test
    void writesAreChargedInTheWritesPolicyAsWellAndItsTighterLimitDecides() {
        Session user = api.newUser();

        Response first = api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-20", 30));
        Response second = api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-20", 30));
        Response third = api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-20", 30));
        Response read = api.get("/api/v1/activities", user.accessToken());

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("RateLimit-Policy")).hasValue("\"writes-1m\";q=2;w=60, \"writes-1d\";q=1000;w=86400");
        assertThat(first.header("RateLimit")).hasValueSatisfying(value -> assertThat(value).startsWith("\"writes-1m\";r=1;t="));
        assertThat(first.header("X-RateLimit-Resource")).hasValue("writes");
        assertThat(first.header("X-RateLimit-Used")).hasValue("1");
        assertThat(second.status()).isEqualTo(201);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("type").asString()).endsWith("/rate-limited");
        assertThat(third.header("X-RateLimit-Resource")).hasValue("writes");
        assertThat(Long.parseLong(third.header("X-RateLimit-Reset").orElseThrow())).as("an epoch second, not a delta")
                .isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(read.status()).as("reads are not writes").isEqualTo(200);
        assertThat(read.header("X-RateLimit-Resource")).hasValue("authenticated");
        assertThat(Long.parseLong(read.header("X-RateLimit-Used").orElseThrow()))
                .as("two writes and this read, less what came back meanwhile (a token every 600 ms)").isBetween(1L, 3L);
    }

    @Test
    void theStandingListsEveryPolicyThatAppliesAndCountsAgainstNone() {
        Session user = api.newUser();
        api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-20", 30));

        List<JsonNode> standings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Response standing = api.get("/api/v1/rate-limit", user.accessToken());
            assertThat(standing.status()).isEqualTo(200);
            assertThat(standing.header("X-RateLimit-Remaining")).as("not counted, so no count to tell").isEmpty();
            standings.add(standing.json());
        }

        JsonNode policies = standings.getFirst().get("policies");
        assertThat(policies).extracting(policy -> policy.get("name").asString()).containsExactly("authenticated", "auth", "writes");
        JsonNode authenticated = policies.get(0).get("limits").get(0);
        assertThat(authenticated.get("quota").asLong()).isEqualTo(100);
        assertThat(authenticated.get("windowSeconds").asLong()).isEqualTo(60);
        assertThat(authenticated.get("remaining").asLong()).as("the write only, unless its token came back (600 ms)").isBetween(99L, 100L);
        assertThat(authenticated.get("resetAt").asString()).endsWith("Z");
        assertThat(policies.get(2).get("limits")).as("a sliding window gives nothing back within its window")
                .extracting(limit -> limit.get("remaining").asLong()).containsExactly(1L, 999L);
        assertThat(standings).as("asking five times took nothing from the sliding windows")
                .allSatisfy(json -> assertThat(json.get("policies").get(2).get("limits"))
                        .extracting(limit -> limit.get("remaining").asLong()).containsExactly(1L, 999L));
        assertThat(api.get("/api/v1/rate-limit", null).json().get("policies").get(0).get("name").asString())
                .as("without a token: the client IP's standing").isEqualTo("anonymous");
    }

    @Test
    void anAttackerSprayingForgedTokensIsLimitedPerIpLikeAnyAnonymousClient() {
        try (RunningStride strict = RunningStride.start(Map.of("stride.rate-limit.policies.anonymous.limit", "5",
                PATIENT_TIMEOUT, "5s", PATIENT_CONNECT_TIMEOUT, "5s"))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Response forged = strict.api().get("/api/v1/activities", "forged." + UUID.randomUUID() + ".token");
                statuses.add(forged.status());
                if (forged.status() == 401) {
                    assertThat(forged.header("X-RateLimit-Resource")).hasValue("anonymous");
                }
            }

            assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
        }
    }

    @Test
    void failedLoginsAreLimitedPerAccountAndThenEvenTheRightPasswordWaits() {
        Session user = api.newUser();
        String wrong = "{\"email\":\"" + user.email() + "\",\"password\":\"wrong password\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/login", null, wrong).status()).isEqualTo(401);
        }

        Response locked = api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + user.email().toUpperCase() + "\",\"password\":\"correct horse battery\"}");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("type").asString()).endsWith("/rate-limited");
        assertThat(locked.header("Retry-After")).isPresent();
        assertThat(locked.header("X-RateLimit-Resource")).hasValue("failed-login");
        assertThat(AuditTrail.sourcesOf(TestPostgres.database(), "user", user.userId()))
                .containsExactly("LOCKOUT from 127.0.0.1");
    }

    @Test
    void wrongCurrentPasswordsOfAPasswordChangeCountAsFailedLogins() {
        Session user = api.newUser();
        String guess = "{\"currentPassword\":\"a guess\",\"newPassword\":\"a brand new passphrase\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/users/me/password", user.accessToken(), guess).status()).isEqualTo(403);
        }

        Response change = api.post("/api/v1/users/me/password", user.accessToken(),
                "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"a brand new passphrase\"}");
        Response login = api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + user.email() + "\",\"password\":\"correct horse battery\"}");

        assertThat(change.status()).isEqualTo(429);
        assertThat(login.status()).isEqualTo(429);
        assertThat(login.header("X-RateLimit-Resource")).hasValue("failed-login");
    }

    @Test
    void changedLimitsApplyOnReloadWithoutHandingOutFreshRequests() throws IOException {
        Session used = api.newUser();
        api.post("/api/v1/activities", used.accessToken(), activity("RUNNING", "2026-11-20", 30));
        api.post("/api/v1/activities", used.accessToken(), activity("RUNNING", "2026-11-20", 30));
        Session fresh = api.newUser();

        writeLimits(4);
        Response reloaded = api.post("/api/v1/admin/rate-limit/reload", admin.accessToken(), null);

        try {
            assertThat(reloaded.status()).isEqualTo(200);
            assertThat(api.post("/api/v1/activities", used.accessToken(), activity("RUNNING", "2026-11-20", 30)).status())
                    .as("2 of 2 used is 4 of 4: the raise gives the emptied count nothing").isEqualTo(429);
            List<Integer> freshWrites = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                freshWrites.add(api.post("/api/v1/activities", fresh.accessToken(), activity("RUNNING", "2026-11-20", 30)).status());
            }
            assertThat(freshWrites).containsExactly(201, 201, 201, 201, 429);
            assertThat(api.post("/api/v1/admin/rate-limit/reload", api.newUser().accessToken(), null).status())
                    .as("admins only").isEqualTo(403);
        } finally {
            writeLimits(2);
            api.post("/api/v1/admin/rate-limit/reload", admin.accessToken(), null);
        }
    }

    @Test
    void anInvalidConfigurationIsRefusedOnReloadAndTheLimitsInForceStay() throws IOException {
        Files.writeString(configFile, """
                stride:
                  rate-limit:
                    routes:
                      - pattern: POST /api/v1/activities/**
                        policy: nonexistent
                """);
        try {
            Response refused = api.post("/api/v1/admin/rate-limit/reload", admin.accessToken(), null);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("detail").asString()).contains("nonexistent");
            Session user = api.newUser();
            assertThat(api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-11-20", 30))
                    .header("X-RateLimit-Resource")).hasValue("writes");
        } finally {
            writeLimits(2);
        }
    }

    private static void writeLimits(int perMinute) throws IOException {
        Files.writeString(configFile, """
                stride:
                  rate-limit:
                    policies:
                      writes:
                        algorithm: sliding-window
                        limits:
                          - limit: %d
                            period: 1m
                          - limit: 1000
                            period: 1d
                    routes:
                      - pattern: POST|PUT|PATCH|DELETE /api/v1/activities/**
                        policy: writes
                """.formatted(perMinute));
    }
}
