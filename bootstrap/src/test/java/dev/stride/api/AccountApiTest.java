package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Refresh, logout, the caller's account and the admin endpoints, over HTTP on the in-memory adapters. */
class AccountApiTest extends WebAdapterTest {

    @Autowired
    SwitchableSessionStore sessions;
    @Autowired
    InMemoryAuditLog audit;
    @Autowired
    CountingSecurityMetrics securityMetrics;

    @AfterEach
    void sessionsBackUp() {
        sessions.up();
    }

    /** A login's whole answer. */
    private JsonNode logInFully(String email) {
        Response login = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").send();
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json();
    }

    private Response refresh(String refreshToken) {
        return http.post("/api/v1/auth/refresh").json("{\"refreshToken\":\"" + refreshToken + "\"}").send();
    }

    private Response logOut(String refreshToken) {
        return http.post("/api/v1/auth/logout").json("{\"refreshToken\":\"" + refreshToken + "\"}").send();
    }

    private String admin() {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        users.insert(new NewUser(new Email(email), "plain:" + PASSWORD, "Admin", Role.ADMIN, WebTestApplication.START));
        return logIn(email, PASSWORD);
    }

    @Test
    void refreshAnswersANewPairAndSpendsTheOldRefreshToken() {
        Session user = newUser();
        String first = logInFully(user.email()).get("refreshToken").asString();

        Response refreshed = refresh(first);

        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode pair = refreshed.json();
        assertThat(pair.propertyNames()).containsExactly("accessToken", "tokenType", "expiresIn", "refreshToken");
        assertThat(pair.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(pair.get("refreshToken").asString()).isNotEqualTo(first);
        assertThat(http.get("/api/v1/users/me").token(pair.get("accessToken").asString()).send().status()).isEqualTo(200);
    }

    @Test
    void aReplayedRefreshTokenRevokesTheWholeLoginAndAnswers401() {
        Session user = newUser();
        String stolen = logInFully(user.email()).get("refreshToken").asString();
        String successor = refresh(stolen).json().get("refreshToken").asString();

        Response replay = refresh(stolen);

        assertProblem(replay, 401, "unauthorized");
        assertThat(replay.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(refresh(successor), 401, "unauthorized");
    }

    /** The theft signal is on record with the address it came from; a client cannot choose it with X-Forwarded-For. */
    @Test
    void aReplayIsAuditedWithTheClientsAddressAndCounted() {
        Session user = newUser();
        String stolen = logInFully(user.email()).get("refreshToken").asString();
        refresh(stolen);
        int before = securityMetrics.counted(SecurityEvent.REFRESH_TOKEN_REUSE);

        http.post("/api/v1/auth/refresh").header("X-Forwarded-For", "203.0.113.66")
                .json("{\"refreshToken\":\"" + stolen + "\"}").send();

        assertThat(audit.entries()).contains(new AuditEntry(user.id(), AuditAction.REFRESH_TOKEN_REUSE, AuditEntry.USER,
                user.id(), user.id(), clock.instant(), "127.0.0.1"));
        assertThat(securityMetrics.counted(SecurityEvent.REFRESH_TOKEN_REUSE)).isEqualTo(before + 1);
    }

    @Test
    void adminActionsAreAuditedWithTheAdminsAddressAndCounted() {
        String admin = admin();
        Session user = newUser();
        long activity = create(user, activity("ROWING", "2026-11-19", 30));
        http.delete("/api/v1/users/me").token(user.token()).send();
        int before = securityMetrics.counted(SecurityEvent.ADMIN_ACTION);

        http.post("/api/v1/admin/users/" + user.id() + "/restore").token(admin).send();
        http.delete("/api/v1/admin/activities/" + activity).token(admin).send();

        // user and activity ids are counted apart, so another test's activity may share this user's id
        assertThat(audit.entries()).filteredOn(entry -> is(entry, AuditEntry.USER, user.id()) || is(entry, AuditEntry.ACTIVITY, activity))
                .filteredOn(entry -> entry.action() != AuditAction.SOFT_DELETE)
                .extracting(AuditEntry::action, AuditEntry::sourceIp)
                .containsExactly(tuple(AuditAction.RESTORE, "127.0.0.1"), tuple(AuditAction.PERMANENT_DELETE, "127.0.0.1"));
        assertThat(securityMetrics.counted(SecurityEvent.ADMIN_ACTION)).isEqualTo(before + 2);
    }

    private static boolean is(AuditEntry entry, String subjectType, long subjectId) {
        return entry.subjectType().equals(subjectType) && entry.subjectId() == subjectId;
    }

    @Test
    void badRefreshRequestsAreProblemsNeverA500() {
        assertProblem(refresh("never-issued"), 401, "unauthorized");
        assertProblem(http.post("/api/v1/auth/refresh").json("{}").send(), 401, "unauthorized");
        assertProblem(http.post("/api/v1/auth/refresh").json("{\"refreshToken\":").send(), 400, "malformed-request");
        assertProblem(http.post("/api/v1/auth/refresh").json("{\"refreshToken\":[1]}").send(), 400, "validation");
    }

    @Test
    void logoutAnswers204WhateverTheTokenAndEndsTheSession() {
        Session user = newUser();
        String token = logInFully(user.email()).get("refreshToken").asString();

        assertThat(logOut(token).status()).isEqualTo(204);

        assertProblem(refresh(token), 401, "unauthorized");
        assertThat(logOut(token).status()).isEqualTo(204);
        assertThat(logOut("never-issued").status()).isEqualTo(204);
        assertThat(http.post("/api/v1/auth/logout").json("{}").send().status()).isEqualTo(204);
    }

    @Test
    void withoutTheSessionStoreLoginAndRefreshAre503ButAccessTokensStillWork() {
        Session user = newUser();
        String refreshToken = logInFully(user.email()).get("refreshToken").asString();
        sessions.down();

        Response login = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send();

        assertProblem(login, 503, "service-unavailable");
        assertThat(login.header("Retry-After")).isPresent();
        assertProblem(refresh(refreshToken), 503, "service-unavailable");
        assertThat(http.get("/api/v1/users/me").token(user.token()).send().status()).as("fail open").isEqualTo(200);
        sessions.up();
        assertThat(refresh(refreshToken).status()).isEqualTo(200);
    }

    @Test
    void theCurrentUserIsTheAccountOfTheToken() {
        Session user = newUser();

        Response me = http.get("/api/v1/users/me").token(user.token()).send();

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().propertyNames()).containsExactly("id", "email", "displayName", "role", "createdAt");
        assertThat(me.json().get("id").asLong()).isEqualTo(user.id());
        assertThat(me.json().get("email").asString()).isEqualTo(user.email());
        assertProblem(http.get("/api/v1/users/me").send(), 401, "unauthorized");
    }

    @Test
    void closingTheAccountRefusesItsTokensItsLoginAndItsRefresh() {
        Session user = newUser();
        String refreshToken = logInFully(user.email()).get("refreshToken").asString();
        long activity = create(user, activity("RUNNING", "2026-11-19", 30));

        assertThat(http.delete("/api/v1/users/me").token(user.token()).send().status()).isEqualTo(204);

        Response refused = http.get("/api/v1/users/me").token(user.token()).send();
        assertProblem(refused, 401, "unauthorized");
        assertThat(refused.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(http.get("/api/v1/activities/" + activity).token(user.token()).send(), 401, "unauthorized");
        assertProblem(http.delete("/api/v1/users/me").token(user.token()).send(), 401, "unauthorized");
        assertProblem(refresh(refreshToken), 401, "unauthorized");
        assertProblem(http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send(), 401, "unauthorized");
        assertThat(audit.entries()).contains(AuditEntry.ofUser(user.id(), AuditAction.SOFT_DELETE, user.id(),
                WebTestApplication.START));
    }

    @Test
    void anAdminListsClosedAccountsAndRestoresOne() {
        String admin = admin();
        Session user = newUser();
        long activity = create(user, activity("YOGA", "2026-11-19", 20));
        clock.advance(Duration.ofMinutes(1));
        http.delete("/api/v1/users/me").token(user.token()).send();

        JsonNode deleted = http.get("/api/v1/admin/users?deleted=true&size=100").token(admin).send().json();
        JsonNode listed = deleted.get("items").valueStream().filter(u -> u.get("id").asLong() == user.id()).findFirst()
                .orElseThrow();
        assertThat(listed.propertyNames()).containsExactly("id", "email", "displayName", "role", "createdAt", "deletedAt");
        assertThat(listed.get("deletedAt").asString()).isEqualTo("2026-11-20T08:01:00Z");
        JsonNode live = http.get("/api/v1/admin/users?size=100").token(admin).send().json();
        assertThat(live.get("items").valueStream().noneMatch(u -> u.get("id").asLong() == user.id())).isTrue();

        Response restored = http.post("/api/v1/admin/users/" + user.id() + "/restore").token(admin).send();

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("id").asLong()).isEqualTo(user.id());
        clock.advance(Duration.ofMillis(1)); // a token issued in the millisecond of the deletion counts as issued before it
        String again = logIn(user.email(), PASSWORD);
        assertThat(http.get("/api/v1/activities/" + activity).token(again).send().status()).isEqualTo(200);
        assertProblem(http.post("/api/v1/admin/users/" + user.id() + "/restore").token(admin).send(), 404, "not-found");
    }

    /** Abuse case: a token stolen before the account was closed must not come back with the restore. */
    @Test
    void aRestoreRevivesNoTokenIssuedBeforeTheClosingWhileTokensOfTheSameSecondAfterItWork() {
        String admin = admin();
        Session user = newUser();
        clock.advance(Duration.ofMillis(300));
        assertThat(http.delete("/api/v1/users/me").token(user.token()).send().status()).isEqualTo(204);
        clock.advance(Duration.ofMillis(300));

        assertThat(http.post("/api/v1/admin/users/" + user.id() + "/restore").token(admin).send().status()).isEqualTo(200);

        assertProblem(http.get("/api/v1/users/me").token(user.token()).send(), 401, "unauthorized");
        clock.advance(Duration.ofMillis(300));
        String again = logIn(user.email(), PASSWORD);
        assertThat(http.get("/api/v1/users/me").token(again).send().status()).as("issued after the restore, same second")
                .isEqualTo(200);
    }

    /**
     * Verification accepts a token until its expiry plus the clock-skew allowance (30 s): until then the
     * revocation must be remembered, or the token of a closed (and restored) account is accepted again.
     */
    @Test
    void aRevokedAccessTokenStaysRefusedThroughTheClockSkewAllowance() {
        String admin = admin();
        Session user = newUser();
        clock.advance(Duration.ofMillis(1));
        http.delete("/api/v1/users/me").token(user.token()).send();
        http.post("/api/v1/admin/users/" + user.id() + "/restore").token(admin).send();

        clock.advance(Duration.ofMinutes(15).plusSeconds(20));

        assertProblem(http.get("/api/v1/users/me").token(user.token()).send(), 401, "unauthorized");
    }

    @Test
    void restoringAClosedAccountWhoseEmailWasTakenIsAConflict() {
        String admin = admin();
        Session first = newUser();
        http.delete("/api/v1/users/me").token(first.token()).send();
        assertThat(http.post("/api/v1/auth/register")
                .json("{\"email\":\"" + first.email() + "\",\"password\":\"" + PASSWORD + "\"}").send().status()).isEqualTo(201);

        assertProblem(http.post("/api/v1/admin/users/" + first.id() + "/restore").token(admin).send(), 409, "conflict");
    }

    @Test
    void anAdminDeletesAnActivityForGood() {
        String admin = admin();
        Session owner = newUser();
        long activity = create(owner, activity("ROWING", "2026-11-19", 20));

        assertThat(http.delete("/api/v1/admin/activities/" + activity).token(admin).send().status()).isEqualTo(204);

        assertProblem(http.get("/api/v1/activities/" + activity).token(owner.token()).send(), 404, "not-found");
        assertProblem(http.delete("/api/v1/admin/activities/" + activity).token(admin).send(), 404, "not-found");
        assertProblem(http.delete("/api/v1/admin/activities/x").token(admin).send(), 400, "validation");
    }

    @Test
    void adminEndpointsAre403ForOrdinaryUsers() {
        Session user = newUser();
        long activity = create(user, activity("ROWING", "2026-11-19", 20));

        assertProblem(http.get("/api/v1/admin/users?deleted=true").token(user.token()).send(), 403, "forbidden");
        assertProblem(http.post("/api/v1/admin/users/" + user.id() + "/restore").token(user.token()).send(), 403, "forbidden");
        assertProblem(http.delete("/api/v1/admin/activities/" + activity).token(user.token()).send(), 403, "forbidden");
        assertThat(http.get("/api/v1/activities/" + activity).token(user.token()).send().status()).isEqualTo(200);
    }

    @Test
    void theAdminListValidatesItsQuery() {
        String admin = admin();
        for (String bad : new String[]{"size=0", "size=101", "page=-1", "deleted=maybe", "page=x"}) {
            assertProblem(http.get("/api/v1/admin/users?" + bad).token(admin).send(), 400, "validation");
        }
    }
}
