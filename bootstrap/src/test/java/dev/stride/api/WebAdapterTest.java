package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP tests: one running server for all of them (same configuration, so one cached
 * context); every test makes its own users, so tests do not see each other's data.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "stride.embedded.enabled=false",
                "stride.security.jwt-secret=" + WebAdapterTest.JWT_SECRET,
                // small enough for a test to reach
                "stride.quota.activities-per-user=" + WebTestApplication.ACTIVITY_QUOTA,
                // the tests' clock stands still: a back-off would never end
                "stride.security.revocation-check-back-off=0s",
                // As bootstrap's application.yml has them: Stride's problem handling must win over Boot's.
                "spring.mvc.problemdetails.enabled=true",
                "server.error.whitelabel.enabled=false",
                // every test registers users from one address; the limiter has tests of its own
                "stride.rate-limit.enabled=false"})
abstract class WebAdapterTest {

    static final String JWT_SECRET = "Wq3xv8J2nLk0Zr5tY7bPe1HsMd9Gc4Uf";
    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    InMemoryUserRepository users;
    @Autowired
    InMemoryActivityRepository activities;

    HttpClientForTests http;

    @BeforeEach
    void connect() {
        clock.set(WebTestApplication.START);
        http = new HttpClientForTests(port);
    }

    /** A registered user, logged in. */
    record Session(long id, String email, String token) {
    }

    Session newUser() {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        Response registered = http.post("/api/v1/auth/register")
                .json("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").send();
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return new Session(registered.json().get("id").asLong(), email, logIn(email, PASSWORD));
    }

    String logIn(String email, String password) {
        Response login = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").send();
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    static String activity(String type, String date, int minutes) {
        return "{\"activityType\":\"" + type + "\",\"durationMinutes\":" + minutes + ",\"activityDate\":\"" + date + "\"}";
    }

    long create(Session user, String json) {
        Response created = http.post("/api/v1/activities").token(user.token()).json(json).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).startsWith("/");
    }
}
