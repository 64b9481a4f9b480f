package dev.stride.api;

import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PATCH /users/me, the password change and logging out everywhere, over HTTP on the in-memory adapters. */
class AccountManagementApiTest extends WebAdapterTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    SwitchableSessionStore sessions;
    @Autowired
    InMemoryAuditLog audit;
    @Autowired
    WebTestApplication.CountingFailedLogins failedLogins;

    @AfterEach
    void sessionsBackUp() {
        sessions.up();
    }

    /** A login's tokens. */
    private record Tokens(String access, String refresh) {
    }

    private Tokens logInFully(String email, String password) {
        Response login = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return new Tokens(login.json().get("accessToken").asString(), login.json().get("refreshToken").asString());
    }

    private Response refresh(String refreshToken) {
        return http.post("/api/v1/auth/refresh").json("{\"refreshToken\":\"" + refreshToken + "\"}").send();
    }

    private Response patchMe(String token, String json) {
        return http.patch("/api/v1/users/me").token(token).header("Content-Type", "application/merge-patch+json")
                .json(json).send();
    }

    private Response changePassword(String token, String current, String next) {
        return http.post("/api/v1/users/me/password").token(token)
                .json("{\"currentPassword\":" + quoted(current) + ",\"newPassword\":" + quoted(next) + "}").send();
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private int status(String method, String path, String token) {
        return http.call(method, path).token(token).send().status();
    }

    @Test
    void aMergePatchChangesTheDisplayNameAndIsAudited() {
        Session user = newUser();

        Response patched = patchMe(user.token(), "{\"displayName\":\"Ann the Runner\",\"favouriteColour\":\"red\"}");

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode body = patched.json();
        assertThat(body.get("displayName").asString()).isEqualTo("Ann the Runner");
        assertThat(body.get("email").asString()).isEqualTo(user.email());
        assertThat(http.get("/api/v1/users/me").token(user.token()).send().json().get("displayName").asString())
                .isEqualTo("Ann the Runner");
        assertThat(audit.entries()).contains(new AuditEntry(user.id(), AuditAction.PROFILE_UPDATE, AuditEntry.USER,
                user.id(), user.id(), clock.instant()));
        Response plainJson = http.patch("/api/v1/users/me").token(user.token()).json("{\"displayName\":\"Ann\"}").send();
        assertThat(plainJson.json().get("displayName").asString()).isEqualTo("Ann");
    }

    @Test
    void aPatchWithoutADisplayNameChangesNothing() {
        Session user = newUser();
        String before = http.get("/api/v1/users/me").token(user.token()).send().body();

        Response patched = patchMe(user.token(), "{}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body()).isEqualTo(before);
    }

    /** Privilege escalation through the profile: a role, an email or an id in the patch is refused, not ignored. */
    @Test
    void theAccountsOtherFieldsAreRefusedAndNothingChanges() {
        Session user = newUser();
        String before = http.get("/api/v1/users/me").token(user.token()).send().body();

        Response escalation = patchMe(user.token(),
                "{\"displayName\":\"Boss\",\"role\":\"ADMIN\",\"email\":\"boss@example.org\",\"id\":1}");

        assertProblem(escalation, 400, "validation");
        assertThat(escalation.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("role", "email", "id");
        assertProblem(patchMe(user.token(), "{\"createdAt\":\"2020-01-01T00:00:00Z\"}"), 400, "validation");
        assertThat(http.get("/api/v1/users/me").token(user.token()).send().body()).isEqualTo(before);
        assertThat(status("GET", "/api/v1/admin/users", user.token())).isEqualTo(403);
    }

    @Test
    void anInvalidDisplayNameIsA400AndChangesNothing() {
        Session user = newUser();
        String before = http.get("/api/v1/users/me").token(user.token()).send().body();

        for (String patch : List.of("{\"displayName\":null}", "{\"displayName\":\"  \"}",
                "{\"displayName\":\"" + "x".repeat(101) + "\"}", "{\"displayName\":42}", "{\"displayName\":{}}")) {
            Response response = patchMe(user.token(), patch);
            assertProblem(response, 400, "validation");
            assertThat(response.json().get("errors").get(0).get("field").asString()).as(patch).isEqualTo("displayName");
        }
        assertProblem(patchMe(user.token(), "[]"), 400, "malformed-request");
        assertProblem(patchMe(user.token(), "{\"displayName\":"), 400, "malformed-request");
        assertThat(http.get("/api/v1/users/me").token(user.token()).send().body()).isEqualTo(before);
    }

    @Test
    void accountChangesNeedAnAccessToken() {
        assertProblem(http.patch("/api/v1/users/me").json("{\"displayName\":\"x\"}").send(), 401, "unauthorized");
        assertProblem(http.post("/api/v1/users/me/password").json("{}").send(), 401, "unauthorized");
        assertProblem(http.post("/api/v1/auth/logout-all").send(), 401, "unauthorized");
        assertProblem(http.post("/api/v1/auth/logout-all").token("not-a-jwt").send(), 401, "unauthorized");
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndTheCallerCarriesOnAfterARefresh() {
        Session user = newUser();
        Tokens phone = logInFully(user.email(), PASSWORD);
        Tokens laptop = logInFully(user.email(), PASSWORD);
        clock.advance(Duration.ofSeconds(1));

        Response changed = changePassword(laptop.access(), PASSWORD, NEW_PASSWORD);

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(audit.entries()).contains(new AuditEntry(user.id(), AuditAction.PASSWORD_CHANGE, AuditEntry.USER,
                user.id(), user.id(), clock.instant()));
        // every access token issued before the change stops working, the caller's too
        assertThat(status("GET", "/api/v1/users/me", phone.access())).isEqualTo(401);
        assertThat(status("GET", "/api/v1/users/me", laptop.access())).isEqualTo(401);
        assertThat(status("GET", "/api/v1/users/me", user.token())).isEqualTo(401);
        // every other session ends; the caller's refreshes
        assertProblem(refresh(phone.refresh()), 401, "unauthorized");
        clock.advance(Duration.ofSeconds(1));
        Response refreshed = refresh(laptop.refresh());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(status("GET", "/api/v1/users/me", refreshed.json().get("accessToken").asString())).isEqualTo(200);
        // and only the new password logs in
        assertProblem(http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send(), 401, "unauthorized");
        assertThat(logInFully(user.email(), NEW_PASSWORD).access()).isNotBlank();
    }

    /** A stolen access token without the password: a guess is a 403 that counts as a failed login, and changes nothing. */
    @Test
    void aWrongCurrentPasswordIs403CountsAsAFailedLoginAndChangesNothing() {
        Session user = newUser();
        Tokens owner = logInFully(user.email(), PASSWORD);

        Response guess = changePassword(user.token(), "a guess at the password", NEW_PASSWORD);

        assertProblem(guess, 403, "forbidden");
        assertThat(failedLogins.of(user.email())).isEqualTo(1);
        assertThat(status("GET", "/api/v1/users/me", owner.access())).isEqualTo(200);
        assertThat(refresh(owner.refresh()).status()).isEqualTo(200);
        assertThat(logInFully(user.email(), PASSWORD).access()).isNotBlank();
    }

    @Test
    void withoutTheCurrentPasswordOrWithAWeakNewOneItIsA400AndChangesNothing() {
        Session user = newUser();

        Response noCurrent = changePassword(user.token(), null, NEW_PASSWORD);
        Response weak = changePassword(user.token(), PASSWORD, "short");
        Response tooLong = changePassword(user.token(), PASSWORD, "x".repeat(129));

        assertProblem(noCurrent, 400, "validation");
        assertThat(noCurrent.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertProblem(weak, 400, "validation");
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertProblem(tooLong, 400, "validation");
        assertProblem(http.post("/api/v1/users/me/password").token(user.token()).json("[1]").send(), 400, "malformed-request");
        assertThat(failedLogins.of(user.email())).isZero();
        assertThat(status("GET", "/api/v1/users/me", user.token())).isEqualTo(200);
        assertThat(logInFully(user.email(), PASSWORD).access()).isNotBlank();
    }

    @Test
    void withTheSessionStoreDownAPasswordChangeIs503AndChangesNothing() {
        Session user = newUser();
        sessions.down();

        assertProblem(changePassword(user.token(), PASSWORD, NEW_PASSWORD), 503, "service-unavailable");

        sessions.up();
        assertThat(logInFully(user.email(), PASSWORD).access()).isNotBlank();
    }

    @Test
    void loggingOutEverywhereEndsEverySessionAndAccessToken() {
        Session user = newUser();
        Session other = newUser();
        Tokens phone = logInFully(user.email(), PASSWORD);
        Tokens laptop = logInFully(user.email(), PASSWORD);
        clock.advance(Duration.ofSeconds(1));

        Response out = http.post("/api/v1/auth/logout-all").token(laptop.access()).send();

        assertThat(out.status()).as(out.body()).isEqualTo(204);
        for (Tokens tokens : List.of(phone, laptop)) {
            assertThat(status("GET", "/api/v1/users/me", tokens.access())).isEqualTo(401);
            assertProblem(refresh(tokens.refresh()), 401, "unauthorized");
        }
        assertThat(status("GET", "/api/v1/users/me", other.token())).isEqualTo(200);
        assertThat(audit.entries()).contains(new AuditEntry(user.id(), AuditAction.LOGOUT_ALL, AuditEntry.USER,
                user.id(), user.id(), clock.instant()));
        clock.advance(Duration.ofSeconds(1));
        assertThat(status("GET", "/api/v1/users/me", logInFully(user.email(), PASSWORD).access())).isEqualTo(200);
    }

    @Test
    void withTheSessionStoreDownLoggingOutEverywhereIs503() {
        Session user = newUser();
        sessions.down();

        assertProblem(http.post("/api/v1/auth/logout-all").token(user.token()).send(), 503, "service-unavailable");
    }
}
