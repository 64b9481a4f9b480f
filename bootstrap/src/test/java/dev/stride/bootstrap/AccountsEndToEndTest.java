package dev.stride.bootstrap;

import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.stride.bootstrap.ApiClient.activity;
import static org.assertj.core.api.Assertions.assertThat;

/** The auth, user and admin endpoints (docs/openapi.json), over HTTP against real PostgreSQL and Redis. */
class AccountsEndToEndTest {

    private static final String ADMIN_EMAIL = "admin-" + UUID.randomUUID() + "@example.org";
    private static final String ADMIN_PASSWORD = "admin password of the e2e test";

    private static RunningStride stride;
    private static ApiClient api;
    private static Session admin;

    @BeforeAll
    static void start() {
        stride = RunningStride.start(Map.of("stride.admin.email", ADMIN_EMAIL, "stride.admin.password", ADMIN_PASSWORD));
        api = stride.api();
        admin = api.logIn(ADMIN_EMAIL, ADMIN_PASSWORD, 0);
    }

    @AfterAll
    static void stop() {
        stride.close();
    }

    @Test
    void loginAnswersARefreshTokenAndRefreshRotatesIt() {
        Session user = api.newUser();
        assertThat(user.refreshToken()).isNotBlank();

        Response refreshed = refresh(user.refreshToken());

        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode pair = refreshed.json();
        assertThat(pair.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expiresIn").asInt()).isEqualTo(900);
        assertThat(pair.get("refreshToken").asString()).isNotEqualTo(user.refreshToken());
        assertThat(api.get("/api/v1/users/me", pair.get("accessToken").asString()).status()).isEqualTo(200);
        assertThat(refresh(pair.get("refreshToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void aSpentRefreshTokenPresentedAgainRevokesTheWholeFamily() {
        Session user = api.newUser();
        Session otherDevice = api.logIn(user.email(), "correct horse battery", user.userId());
        String successor = refresh(user.refreshToken()).json().get("refreshToken").asString();

        Response replay = refresh(user.refreshToken());

        assertProblem(replay, 401);
        assertThat(replay.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(refresh(successor).status()).as("the successor dies with its family").isEqualTo(401);
        assertThat(refresh(otherDevice.refreshToken()).status()).as("another login is another family").isEqualTo(200);
    }

    @Test
    void badRefreshRequestsAre401Or400NeverA500() {
        assertProblem(refresh("never-issued"), 401);
        assertThat(api.post("/api/v1/auth/refresh", null, "{}").status()).isIn(400, 401);
        assertThat(api.post("/api/v1/auth/refresh", null, "{not json").status()).isEqualTo(400);
    }

    @Test
    void logoutSpendsTheRefreshTokenAndAlwaysAnswers204() {
        Session user = api.newUser();

        assertThat(api.post("/api/v1/auth/logout", null, body(user.refreshToken())).status()).isEqualTo(204);

        assertProblem(refresh(user.refreshToken()), 401);
        assertThat(api.post("/api/v1/auth/logout", null, body(user.refreshToken())).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/logout", null, body("never-issued")).status()).isEqualTo(204);
    }

    @Test
    void theCurrentUserIsTheTokensOwner() {
        Session user = api.newUser();

        Response me = api.get("/api/v1/users/me", user.accessToken());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().propertyNames()).containsExactly("id", "email", "displayName", "role", "createdAt");
        assertThat(me.json().get("id").asLong()).isEqualTo(user.userId());
        assertThat(me.json().get("email").asString()).isEqualTo(user.email());
        assertThat(me.json().get("role").asString()).isEqualTo("USER");
        assertThat(api.get("/api/v1/users/me", null).status()).isEqualTo(401);
    }

    @Test
    void closingTheAccountEndsEverythingAndAnAdminRestoreBringsItAllBack() {
        Session user = api.newUser();
        long kept = id(api.post("/api/v1/activities", user.accessToken(), activity("RUNNING", "2026-01-10", 30)));
        long trashed = id(api.post("/api/v1/activities", user.accessToken(), activity("SWIMMING", "2026-01-11", 40)));
        assertThat(api.delete("/api/v1/activities/" + trashed, user.accessToken()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/activities", user.accessToken()).json().get("totalItems").asLong()).isEqualTo(1);

        assertThat(api.delete("/api/v1/users/me", user.accessToken()).status()).isEqualTo(204);

        assertProblem(api.get("/api/v1/users/me", user.accessToken()), 401);
        assertProblem(api.get("/api/v1/activities", user.accessToken()), 401);
        assertProblem(api.get("/api/v1/activities/" + kept, user.accessToken()), 401);
        assertProblem(refresh(user.refreshToken()), 401);
        assertProblem(api.post("/api/v1/auth/login", null, credentials(user.email())), 401);
        JsonNode deleted = api.get("/api/v1/admin/users?deleted=true&size=100", admin.accessToken()).json();
        JsonNode listed = find(deleted.get("items"), user.userId());
        assertThat(listed).as("listed among deleted users").isNotNull();
        assertThat(listed.get("deletedAt").asString()).endsWith("Z");
        assertThat(find(api.get("/api/v1/admin/users?size=100", admin.accessToken()).json().get("items"), user.userId())).isNull();

        Response restored = api.post("/api/v1/admin/users/" + user.userId() + "/restore", admin.accessToken(), null);

        assertThat(restored.status()).isEqualTo(200);
        assertThat(restored.json().get("id").asLong()).isEqualTo(user.userId());
        assertThat(restored.json().get("email").asString()).isEqualTo(user.email());
        Session again = api.logIn(user.email(), "correct horse battery", user.userId());
        JsonNode list = api.get("/api/v1/activities", again.accessToken()).json();
        assertThat(list.get("items").valueStream().map(a -> a.get("id").asLong())).containsExactly(kept);
        assertThat(api.get("/api/v1/activities/trash", again.accessToken()).json().get("items").get(0).get("id").asLong())
                .isEqualTo(trashed);
        assertThat(api.get("/api/v1/users/me", user.accessToken()).status())
                .as("a token issued before the deletion stays revoked").isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", again.accessToken()).status()).isEqualTo(200);
        assertProblem(refresh(user.refreshToken()), 401);
        assertThat(audit("user", user.userId())).containsExactly("SOFT_DELETE by " + user.userId(), "RESTORE by " + admin(admin));
        assertThat(audit("activity", trashed)).containsExactly("SOFT_DELETE by " + user.userId());
    }

    @Test
    void aClosedAccountsEmailMayBeRegisteredAgainAndThenItsRestoreIsAConflict() {
        Session first = api.newUser();
        assertThat(api.delete("/api/v1/users/me", first.accessToken()).status()).isEqualTo(204);

        Response again = api.post("/api/v1/auth/register", null, credentials(first.email()));
        assertThat(again.status()).isEqualTo(201);

        assertProblem(api.post("/api/v1/admin/users/" + first.userId() + "/restore", admin.accessToken(), null), 409);
        assertThat(api.logIn(first.email(), "correct horse battery", 0).accessToken()).isNotBlank();
        assertProblem(api.post("/api/v1/admin/users/" + first.userId() + "/restore", admin.accessToken(), null), 409);
    }

    @Test
    void restoringAnAccountThatIsNotDeletedIsNotFound() {
        Session user = api.newUser();

        assertProblem(api.post("/api/v1/admin/users/" + user.userId() + "/restore", admin.accessToken(), null), 404);
        assertProblem(api.post("/api/v1/admin/users/999999999/restore", admin.accessToken(), null), 404);
        assertThat(api.post("/api/v1/admin/users/abc/restore", admin.accessToken(), null).status()).isEqualTo(400);
    }

    @Test
    void anAdminDeletesAnyActivityForGoodDeletedOrNot() {
        Session owner = api.newUser();
        long live = id(api.post("/api/v1/activities", owner.accessToken(), activity("ROWING", "2026-02-01", 30)));
        long inTrash = id(api.post("/api/v1/activities", owner.accessToken(), activity("ROWING", "2026-02-02", 30)));
        api.delete("/api/v1/activities/" + inTrash, owner.accessToken());

        assertThat(api.delete("/api/v1/admin/activities/" + live, admin.accessToken()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/admin/activities/" + inTrash, admin.accessToken()).status()).isEqualTo(204);

        assertProblem(api.get("/api/v1/activities/" + live, owner.accessToken()), 404);
        assertThat(api.get("/api/v1/activities/trash", owner.accessToken()).json().get("totalItems").asLong()).isZero();
        assertProblem(api.post("/api/v1/activities/" + inTrash + "/restore", owner.accessToken(), null), 404);
        assertProblem(api.delete("/api/v1/admin/activities/" + live, admin.accessToken()), 404);
        assertThat(audit("activity", live)).containsExactly("PERMANENT_DELETE by " + admin(admin));
    }

    @Test
    void adminEndpointsAnswer403ToUsersAnd401ToAnonymousCallers() {
        Session user = api.newUser();
        long activity = id(api.post("/api/v1/activities", user.accessToken(), activity("YOGA", "2026-02-03", 20)));
        List<Response> asUser = List.of(
                api.get("/api/v1/admin/users?deleted=true", user.accessToken()),
                api.post("/api/v1/admin/users/" + user.userId() + "/restore", user.accessToken(), null),
                api.delete("/api/v1/admin/activities/" + activity, user.accessToken()));

        assertThat(asUser).allSatisfy(response -> assertProblem(response, 403));
        assertProblem(api.get("/api/v1/admin/users", null), 401);
        assertThat(api.get("/api/v1/activities/" + activity, user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void theAdminListPagesAndValidatesItsQuery() {
        assertThat(api.get("/api/v1/admin/users?deleted=true&page=0&size=1", admin.accessToken()).json().get("size").asInt())
                .isEqualTo(1);
        for (String bad : new String[]{"size=0", "size=101", "page=-1", "deleted=maybe"}) {
            assertProblem(api.get("/api/v1/admin/users?" + bad, admin.accessToken()), 400);
        }
    }

    @Test
    void theConfiguredAdminExistsOnceWithTheAdminRole() {
        JsonNode me = api.get("/api/v1/users/me", admin.accessToken()).json();

        assertThat(me.get("role").asString()).isEqualTo("ADMIN");
        assertThat(me.get("email").asString()).isEqualTo(ADMIN_EMAIL);
    }

    private static Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", null, body(refreshToken));
    }

    private static String body(String refreshToken) {
        return "{\"refreshToken\":\"" + refreshToken + "\"}";
    }

    private static String credentials(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
    }

    private static long admin(Session admin) {
        return api.get("/api/v1/users/me", admin.accessToken()).json().get("id").asLong();
    }

    private static JsonNode find(JsonNode items, long userId) {
        return items.valueStream().filter(u -> u.get("id").asLong() == userId).findFirst().orElse(null);
    }

    private static long id(Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    private static List<String> audit(String subjectType, long subjectId) {
        return AuditTrail.of(TestPostgres.database(), subjectType, subjectId);
    }
}
