package dev.stride.api;

import dev.stride.adapters.web.security.AccessTokens;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Real preflights and cross-origin requests against the web adapter, with an allowed origin and rate limits on. */
@SpringBootTest(classes = WebTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "stride.embedded.enabled=false",
                "stride.security.jwt-secret=" + WebAdapterTest.JWT_SECRET,
                "spring.mvc.problemdetails.enabled=true",
                "server.error.whitelabel.enabled=false",
                "stride.cors.allowed-origins=https://app.example.org,http://localhost:5173",
                "stride.rate-limit.policies.authenticated.limit=2",
                "stride.rate-limit.policies.authenticated.period=30d",
                "stride.rate-limit.policies.anonymous.limit=1000",
                "stride.rate-limit.policies.anonymous.period=30d", // refills too slowly to hide a request
                "stride.rate-limit.policies.auth.limit=1000"})
class CorsTest {

    private static final String APP = "https://app.example.org";
    private static final String EVIL = "https://evil.example.com";

    @LocalServerPort
    int port;
    @Autowired
    InMemoryUserRepository users;
    @Autowired
    AccessTokens accessTokens;

    HttpClientForTests http;

    @BeforeEach
    void connect() {
        http = new HttpClientForTests(port);
    }

    /** A user with a token, made without any request, so that no test spends another's anonymous quota. */
    private String tokenOfNewUser() {
        User user = users.insert(new NewUser(new Email("u-" + UUID.randomUUID() + "@example.org"), "plain:x", "U",
                Role.USER, Instant.now()));
        return accessTokens.issue(user, UUID.randomUUID().toString()).value();
    }

    private Response preflight(String origin, String method, String headers) {
        return http.call("OPTIONS", "/api/v1/activities").header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers).send();
    }

    private static List<String> listed(Response response, String header) {
        return Arrays.stream(response.header(header).orElse("").split(",")).map(String::strip)
                .map(String::toLowerCase).toList();
    }

    private static void assertCorsExposed(Response response, String origin) {
        assertThat(response.header("Access-Control-Allow-Origin")).as(response.toString()).contains(origin);
        assertThat(listed(response, "Access-Control-Expose-Headers")).contains("ratelimit", "ratelimit-policy",
                "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-used", "x-ratelimit-resource",
                "x-ratelimit-reset", "retry-after", "etag", "location", "idempotent-replayed");
        assertThat(response.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutATokenAndWithoutRateLimitCost() {
        Response before = http.get("/api/v1/users/me").send();
        long remainingBefore = Long.parseLong(before.header("X-RateLimit-Remaining").orElseThrow());

        for (int i = 0; i < 5; i++) {
            Response preflight = preflight(APP, "POST", "authorization, content-type, idempotency-key");
            assertThat(preflight.status()).isEqualTo(200);
            assertThat(preflight.header("Access-Control-Allow-Origin")).contains(APP);
            assertThat(listed(preflight, "Access-Control-Allow-Methods")).contains("post", "patch", "delete");
            assertThat(listed(preflight, "Access-Control-Allow-Headers"))
                    .contains("authorization", "content-type", "idempotency-key");
            assertThat(preflight.header("Access-Control-Max-Age")).contains("3600");
            assertThat(preflight.header("RateLimit")).isEmpty();
            assertThat(preflight.header("WWW-Authenticate")).isEmpty();
        }

        Response after = http.get("/api/v1/users/me").send();
        assertThat(Long.parseLong(after.header("X-RateLimit-Remaining").orElseThrow())).isEqualTo(remainingBefore - 1);
    }

    @Test
    void anAllowedCrossOriginRequestMayReadTheHeaders() {
        String token = tokenOfNewUser();

        Response created = http.post("/api/v1/activities").token(token).header("Origin", APP)
                .header("Idempotency-Key", "k").json("{\"activityType\":\"RUNNING\",\"durationMinutes\":30,"
                        + "\"activityDate\":\"2026-11-19\"}").send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertCorsExposed(created, APP);
        assertThat(created.header("Vary").orElse("")).contains("Origin");
    }

    @Test
    void a401CarriesTheCorsHeadersSoTheAppCanReadIt() {
        Response unauthorized = http.get("/api/v1/users/me").header("Origin", APP).send();

        assertThat(unauthorized.status()).isEqualTo(401);
        assertCorsExposed(unauthorized, APP);
        assertThat(listed(unauthorized, "Access-Control-Expose-Headers")).contains("www-authenticate");
    }

    @Test
    void a429CarriesTheCorsHeadersAndRetryAfter() {
        String token = tokenOfNewUser();
        http.get("/api/v1/users/me").token(token).header("Origin", APP).send();
        http.get("/api/v1/users/me").token(token).header("Origin", APP).send();

        Response limited = http.get("/api/v1/users/me").token(token).header("Origin", "http://localhost:5173").send();

        assertThat(limited.status()).isEqualTo(429);
        assertCorsExposed(limited, "http://localhost:5173");
        assertThat(limited.header("Retry-After")).isPresent();
    }

    @Test
    void anotherOriginGetsA403ProblemWithoutCorsHeadersAndChangesNothing() {
        String token = tokenOfNewUser();

        Response preflight = preflight(EVIL, "POST", "authorization, content-type");
        Response post = http.post("/api/v1/activities").token(token).header("Origin", EVIL)
                .json("{\"activityType\":\"RUNNING\",\"durationMinutes\":30,\"activityDate\":\"2026-11-19\"}").send();

        for (Response refused : List.of(preflight, post)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asString()).isEqualTo("/problems/forbidden");
            assertThat(refused.header("Access-Control-Allow-Origin")).isEmpty();
        }
        assertThat(http.get("/api/v1/activities").token(token).send().json().get("totalItems").asInt()).isZero();
    }

    @Test
    void aPreflightForAMethodOrHeaderNotAllowedIsRefused() {
        assertThat(preflight(APP, "TRACE", "authorization").status()).isEqualTo(403);
        assertThat(preflight(APP, "POST", "x-evil").status()).isEqualTo(403);
    }

    @Test
    void requestsWithoutAnOriginAreNotCorsRequests() {
        Response plain = http.get("/api/v1/users/me").token(tokenOfNewUser()).send();

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
