package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9111 caching of a user's own data: private, revalidated with If-None-Match, never no-store next to an ETag. */
class HttpCachingApiTest extends WebAdapterTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/activities", "/api/v1/activities?sort=createdAt", "/api/v1/stats?period=WEEK",
            "/api/v1/activities/trash", "/api/v1/users/me", "/api/v1/activities/export?format=csv"})
    void getsOfTheUsersOwnDataMayBeKeptPrivatelyAndMustBeRevalidated(String path) {
        Session user = newUser();
        create(user, activity("RUNNING", "2026-11-19", 30));

        Response response = http.get(path).token(user.token()).send();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, no-cache");
        assertThat(response.header("Pragma")).isEmpty();
    }

    @Test
    void aSingleActivityKeepsItsVersionETagWithPrivateNoCache() {
        Session user = newUser();
        long id = create(user, activity("RUNNING", "2026-11-19", 30));

        Response response = http.get("/api/v1/activities/" + id).token(user.token()).send();
        Response notModified = http.get("/api/v1/activities/" + id).token(user.token()).header("If-None-Match", "\"1\"").send();

        assertThat(response.header("ETag")).hasValue("\"1\"");
        assertThat(response.header("Cache-Control")).hasValue("private, no-cache");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("Cache-Control")).hasValue("private, no-cache");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/activities?size=5", "/api/v1/stats?period=DAY&from=2026-11-01&to=2026-11-20"})
    void listsAndStatisticsAnswer304UntilTheirContentChanges(String path) {
        Session user = newUser();
        create(user, activity("RUNNING", "2026-11-19", 30));

        Response first = http.get(path).token(user.token()).send();
        String etag = first.header("ETag").orElseThrow();
        Response again = http.get(path).token(user.token()).header("If-None-Match", etag).send();
        create(user, activity("CYCLING", "2026-11-18", 40));
        Response changed = http.get(path).token(user.token()).header("If-None-Match", etag).send();

        assertThat(first.header("Cache-Control")).hasValue("private, no-cache");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).hasValue(etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isPresent().isNotEqualTo(first.header("ETag"));
    }

    @Test
    void writesAndTokensAreNotStored() {
        Response login = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + newUser().email() + "\",\"password\":\"" + PASSWORD + "\"}").send();

        assertThat(login.header("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
}
