package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Display name, password change and logging out everywhere, against real PostgreSQL and Redis. */
class AccountManagementEndToEndTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private static RunningStride stride;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        stride = RunningStride.start();
        api = stride.api();
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    private static Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    private static Response login(String email, String password) {
        return api.post("/api/v1/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    /** A token issued in the very millisecond of a cutoff ({@code iat_ms}) counts as issued before it. */
    private static void awaitTheNextMillisecond(Instant instant) {
        await().atMost(Duration.ofSeconds(1)).until(() -> Instant.now().toEpochMilli() > instant.toEpochMilli());
    }

    @Test
    void aMergePatchRenamesTheAccountInPostgresAndIsAudited() {
        Session user = api.newUser();

        Response patched = api.send("PATCH", "/api/v1/users/me", user.accessToken(), "{\"displayName\":\"Ann\"}",
                Map.of("Content-Type", "application/merge-patch+json"));
        Response escalation = api.send("PATCH", "/api/v1/users/me", user.accessToken(), "{\"role\":\"ADMIN\"}", Map.of());

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", user.accessToken()).json().get("displayName").asString()).isEqualTo("Ann");
        assertThat(escalation.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/users/me", user.accessToken()).json().get("role").asString()).isEqualTo("USER");
        assertThat(AuditTrail.of(TestPostgres.database(), "user", user.userId()))
                .containsExactly("PROFILE_UPDATE by " + user.userId());
    }

    @Test
    void aPasswordChangeRevokesEveryOtherSessionInRedisAndTheCallerCarriesOn() {
        Session phone = api.newUser();
        Session laptop = api.logIn(phone.email(), PASSWORD, phone.userId());

        Response wrong = api.post("/api/v1/users/me/password", laptop.accessToken(),
                "{\"currentPassword\":\"a guess\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
        Response changed = api.post("/api/v1/users/me/password", laptop.accessToken(),
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}");
        Instant changedAt = Instant.now();

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", phone.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", laptop.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(phone.refreshToken()).status()).isEqualTo(401);
        assertThat(login(phone.email(), PASSWORD).status()).isEqualTo(401);
        awaitTheNextMillisecond(changedAt);
        Response refreshed = refresh(laptop.refreshToken());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", refreshed.json().get("accessToken").asString()).status()).isEqualTo(200);
        assertThat(login(phone.email(), NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(AuditTrail.of(TestPostgres.database(), "user", phone.userId()))
                .containsExactly("PASSWORD_CHANGE by " + phone.userId());
    }

    @Test
    void loggingOutEverywhereEndsEverySession() {
        Session phone = api.newUser();
        Session laptop = api.logIn(phone.email(), PASSWORD, phone.userId());

        Response out = api.post("/api/v1/auth/logout-all", laptop.accessToken(), null);
        Instant outAt = Instant.now();

        assertThat(out.status()).as(out.body()).isEqualTo(204);
        for (Session session : new Session[]{phone, laptop}) {
            assertThat(api.get("/api/v1/users/me", session.accessToken()).status()).isEqualTo(401);
            assertThat(refresh(session.refreshToken()).status()).isEqualTo(401);
        }
        assertThat(AuditTrail.of(TestPostgres.database(), "user", phone.userId()))
                .containsExactly("LOGOUT_ALL by " + phone.userId());
        awaitTheNextMillisecond(outAt);
        Session again = api.logIn(phone.email(), PASSWORD, phone.userId());
        assertThat(api.get("/api/v1/users/me", again.accessToken()).status()).isEqualTo(200);
    }
}
