package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quota of live activities per user (WebTestApplication sets it low) over HTTP. */
class QuotaApiTest extends WebAdapterTest {

    @Test
    void creatingPastTheQuotaIsA409NamingIt() {
        Session user = newUser();
        for (int i = 0; i < WebTestApplication.ACTIVITY_QUOTA; i++) {
            create(user, activity("RUNNING", "2026-11-19", 30));
        }

        Response refused = http.post("/api/v1/activities").token(user.token()).json(activity("RUNNING", "2026-11-19", 30)).send();

        assertProblem(refused, 409, "quota-exceeded");
        assertThat(refused.json().get("quota").asString()).isEqualTo("activities-per-user");
        assertThat(refused.json().get("limit").asInt()).isEqualTo(WebTestApplication.ACTIVITY_QUOTA);
        assertThat(refused.json().get("detail").asString()).contains("activities-per-user");
    }

    @Test
    void restoringPastTheQuotaIsA409Too() {
        Session user = newUser();
        long trashed = create(user, activity("RUNNING", "2026-11-19", 30));
        assertThat(http.delete("/api/v1/activities/" + trashed).token(user.token()).send().status()).isEqualTo(204);
        for (int i = 0; i < WebTestApplication.ACTIVITY_QUOTA; i++) {
            create(user, activity("RUNNING", "2026-11-19", 30));
        }

        assertProblem(http.post("/api/v1/activities/" + trashed + "/restore").token(user.token()).send(), 409, "quota-exceeded");
    }

    @Test
    void theQuotaIsPerUser() {
        Session full = newUser();
        for (int i = 0; i < WebTestApplication.ACTIVITY_QUOTA; i++) {
            create(full, activity("RUNNING", "2026-11-19", 30));
        }

        create(newUser(), activity("RUNNING", "2026-11-19", 30));
    }
}
