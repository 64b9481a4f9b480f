package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorting and keyset pagination of GET /api/v1/activities (docs/openapi.json). */
class ActivityPagingApiTest extends WebAdapterTest {

    private static final Pattern NEXT_LINK = Pattern.compile("^<(/api/v1/activities\\?cursor=[A-Za-z0-9_.-]+&size=\\d+)>; rel=\"next\"$");

    @ParameterizedTest
    @ValueSource(strings = {"activityDate", "-activityDate", "durationMinutes", "-durationMinutes", "distanceKm",
            "-distanceKm", "createdAt", "-createdAt"})
    void followingTheNextLinkWalksTheWholeListInTheRequestedOrder(String sort) {
        Session user = newUser();
        String[] distances = {null, "3.5", "0", null, "12.25", "3.5", "7"};
        for (int i = 0; i < distances.length; i++) {
            create(user, "{\"activityType\":\"RUNNING\",\"durationMinutes\":" + (10 + i % 3) + ",\"activityDate\":\"2026-11-1"
                    + (i % 4) + "\"" + (distances[i] == null ? "" : ",\"distanceKm\":" + distances[i]) + "}");
        }
        List<Long> whole = ids(http.get("/api/v1/activities?size=100&sort=" + sort).token(user.token()).send().json());

        List<Long> walked = new ArrayList<>();
        Response page = http.get("/api/v1/activities?size=2&sort=" + sort).token(user.token()).send();
        walked.addAll(ids(page.json()));
        while (page.header("Link").isPresent()) {
            Matcher next = NEXT_LINK.matcher(page.header("Link").orElseThrow());
            assertThat(next.matches()).as(page.header("Link").orElseThrow()).isTrue();
            assertThat(page.json().get("nextCursor").asString()).isNotBlank();
            page = http.get(next.group(1)).token(user.token()).send();
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            walked.addAll(ids(page.json()));
        }

        assertThat(whole).hasSize(distances.length);
        assertThat(walked).containsExactlyElementsOf(whole);
        assertThat(page.json().get("nextCursor").isNull()).isTrue();
        assertThat(page.json().has("totalItems")).isFalse();
    }

    @Test
    void aMissingDistanceSortsBelowEveryDistance() {
        Session user = newUser();
        long none = create(user, activity("RUNNING", "2026-11-10", 30));
        long zero = create(user, "{\"activityType\":\"RUNNING\",\"durationMinutes\":30,\"activityDate\":\"2026-11-10\",\"distanceKm\":0}");

        assertThat(ids(http.get("/api/v1/activities?sort=distanceKm").token(user.token()).send().json()))
                .containsExactly(none, zero);
        assertThat(ids(http.get("/api/v1/activities?sort=-distanceKm").token(user.token()).send().json()))
                .containsExactly(zero, none);
    }

    @Test
    void theCursorCarriesTheFiltersAndTheNumberedPageItsNextCursor() {
        Session user = newUser();
        for (int day = 1; day <= 5; day++) {
            create(user, activity("RUNNING", "2026-11-0" + day, 30));
            create(user, activity("SWIMMING", "2026-11-0" + day, 30));
        }

        Response first = http.get("/api/v1/activities?page=0&size=2&type=RUNNING&from=2026-11-02").token(user.token()).send();
        assertThat(first.json().get("totalItems").asLong()).isEqualTo(4);
        String cursor = first.json().get("nextCursor").asString();
        Response rest = http.get("/api/v1/activities?size=10&cursor=" + cursor).token(user.token()).send();

        assertThat(rest.json().get("items")).extracting(item -> item.get("activityDate").asString())
                .containsExactly("2026-11-03", "2026-11-02");
        assertThat(rest.json().get("items")).extracting(item -> item.get("activityType").asString()).containsOnly("RUNNING");
        assertThat(rest.header("Link")).isEmpty();
        // Repeating the cursor's own filters is harmless; a different one is a contradiction.
        assertThat(http.get("/api/v1/activities?type=RUNNING&cursor=" + cursor).token(user.token()).send().status()).isEqualTo(200);
        assertProblem(http.get("/api/v1/activities?type=SWIMMING&cursor=" + cursor).token(user.token()).send(), 400, "validation");
        assertProblem(http.get("/api/v1/activities?sort=createdAt&cursor=" + cursor).token(user.token()).send(), 400, "validation");
        assertProblem(http.get("/api/v1/activities?page=1&cursor=" + cursor).token(user.token()).send(), 400, "validation");
    }

    @Test
    void theLastNumberedPageHasNoNextCursorAndNoLink() {
        Session user = newUser();
        create(user, activity("RUNNING", "2026-11-01", 30));

        Response only = http.get("/api/v1/activities").token(user.token()).send();

        assertThat(only.json().get("nextCursor").isNull()).isTrue();
        assertThat(only.header("Link")).isEmpty();
    }

    @Test
    void anUnknownSortIsRefused() {
        Session user = newUser();

        Response refused = http.get("/api/v1/activities?sort=title").token(user.token()).send();

        assertProblem(refused, 400, "validation");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
    }

    /** Abuse: a client edits the position, or the owner, inside a cursor it was given. */
    @Test
    void anEditedCursorIsRefused() {
        Session user = newUser();
        create(user, activity("RUNNING", "2026-11-01", 30));
        create(user, activity("RUNNING", "2026-11-02", 30));
        String cursor = http.get("/api/v1/activities?size=1").token(user.token()).send().json().get("nextCursor").asString();
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))));
        String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("\"i\":", "\"i\":9").getBytes())
                + cursor.substring(cursor.indexOf('.'));
        // A character inside the signature (the last one also holds padding bits a decoder may ignore).
        int inside = cursor.indexOf('.') + 5;
        String flipped = cursor.substring(0, inside) + (cursor.charAt(inside) == 'A' ? 'B' : 'A') + cursor.substring(inside + 1);

        for (String bad : List.of(edited, flipped, "garbage", cursor.substring(0, cursor.indexOf('.')), "." , cursor + cursor)) {
            Response refused = http.get("/api/v1/activities?cursor=" + bad).token(user.token()).send();
            assertProblem(refused, 400, "validation");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        }
    }

    /** Abuse: a user replays someone else's cursor to page through their activities. */
    @Test
    void anotherUsersCursorIsRefused() {
        Session owner = newUser();
        create(owner, activity("RUNNING", "2026-11-01", 30));
        create(owner, activity("RUNNING", "2026-11-02", 30));
        String cursor = http.get("/api/v1/activities?size=1").token(owner.token()).send().json().get("nextCursor").asString();

        assertProblem(http.get("/api/v1/activities?cursor=" + cursor).token(newUser().token()).send(), 400, "validation");
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
