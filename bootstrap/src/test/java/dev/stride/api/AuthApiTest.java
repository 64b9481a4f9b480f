package dev.stride.api;

import dev.stride.application.testing.SwitchablePasswordHasher;
import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuthApiTest extends WebAdapterTest {

    @Autowired
    SwitchablePasswordHasher hasher;

    @Test
    void registerAnswers201WithTheAccountAndNeverThePassword() {
        String email = "Ann." + UUID.randomUUID() + "@Example.ORG";

        Response response = http.post("/api/v1/auth/register")
                .json("{\"email\":\" " + email + " \",\"password\":\"" + PASSWORD + "\",\"displayName\":\"Ann\"}").send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode user = response.json();
        assertThat(user.propertyNames()).containsExactly("id", "email", "displayName", "role", "createdAt");
        assertThat(user.get("id").asLong()).isPositive();
        assertThat(user.get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(user.get("displayName").asString()).isEqualTo("Ann");
        assertThat(user.get("role").asString()).isEqualTo("USER");
        assertThat(user.get("createdAt").asString()).isEqualTo("2026-11-20T08:00:00Z");
    }

    @Test
    void withoutADisplayNameTheEmailsLocalPartIsUsedAndARoleInTheBodyIsIgnored() {
        String local = "bob-" + UUID.randomUUID();

        Response response = http.post("/api/v1/auth/register")
                .json("{\"email\":\"" + local + "@example.org\",\"password\":\"" + PASSWORD + "\",\"role\":\"ADMIN\"}")
                .send();

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("displayName").asString()).isEqualTo(local);
        assertThat(response.json().get("role").asString()).isEqualTo("USER");
    }

    @Test
    void anEmailTakenByALiveAccountIsAConflict() {
        Session existing = newUser();
        int before = users.all().size();

        Response response = http.post("/api/v1/auth/register")
                .json("{\"email\":\"" + existing.email().toUpperCase() + "\",\"password\":\"another password\"}").send();

        assertProblem(response, 409, "conflict");
        assertThat(users.all()).hasSize(before);
    }

    @Test
    void invalidEmailAndPasswordAreReportedTogether() {
        int before = users.all().size();

        Response response = http.post("/api/v1/auth/register").json("{\"email\":\"nope\",\"password\":\"short\"}").send();

        assertProblem(response, 400, "validation");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("email", "password");
        assertThat(users.all()).hasSize(before);
    }

    @Test
    void passwordsOf8To128CharactersAreAccepted() {
        assertThat(register("a".repeat(7)).status()).isEqualTo(400);
        assertThat(register("a".repeat(8)).status()).isEqualTo(201);
        assertThat(register("a".repeat(128)).status()).isEqualTo(201);
        Response tooLong = register("a".repeat(129));
        assertProblem(tooLong, 400, "validation");
        assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void aBlankDisplayNameIsInvalid() {
        Response response = http.post("/api/v1/auth/register")
                .json("{\"email\":\"" + UUID.randomUUID() + "@example.org\",\"password\":\"" + PASSWORD
                        + "\",\"displayName\":\"  \"}").send();

        assertProblem(response, 400, "validation");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("displayName");
    }

    @Test
    void loginAnswersABearerAccessTokenForFifteenMinutes() {
        Session user = newUser();

        Response response = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactly("accessToken", "tokenType", "expiresIn", "refreshToken");
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
        JsonNode claims = claims(body.get("accessToken").asString());
        assertThat(claims.get("sub").asString()).isEqualTo(Long.toString(user.id()));
        assertThat(claims.get("role").asString()).isEqualTo("USER");
        assertThat(claims.get("email").asString()).isEqualTo(user.email());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.get("iat").asLong()).isEqualTo(WebTestApplication.START.getEpochSecond());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        Session user = newUser();

        Response wrongPassword = http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"wrong password\"}").send();
        Response unknownEmail = http.post("/api/v1/auth/login")
                .json("{\"email\":\"nobody-" + UUID.randomUUID() + "@example.org\",\"password\":\"" + PASSWORD + "\"}")
                .send();
        Response noCredentials = http.post("/api/v1/auth/login").json("{}").send();

        for (Response response : new Response[]{wrongPassword, unknownEmail, noCredentials}) {
            assertProblem(response, 401, "unauthorized");
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.json().get("detail").asString()).isEqualTo(wrongPassword.json().get("detail").asString());
        }
    }

    @Test
    void aStaleTokenDoesNotStandInTheWayOfLoggingIn() {
        Session user = newUser();

        Response response = http.post("/api/v1/auth/login").token("expired.or.garbage")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send();

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void unreadableCredentialsAreA400() {
        assertProblem(http.post("/api/v1/auth/login").json("{\"email\":").send(), 400, "malformed-request");
        Response wrongType = http.post("/api/v1/auth/register").json("{\"email\":[\"a@b.org\"],\"password\":\"x\"}").send();
        assertProblem(wrongType, 400, "validation");
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    @Test
    void whileHashingIsSaturatedLoginAndRegisterAre503WithRetryAfterAndCreateNothing() {
        Session user = newUser();
        int accounts = users.all().size();
        hasher.saturate();
        try {
            Response login = http.post("/api/v1/auth/login")
                    .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send();
            Response signUp = register(PASSWORD);

            for (Response response : new Response[]{login, signUp}) {
                assertProblem(response, 503, "service-unavailable");
                assertThat(response.header("Retry-After")).as("1.5 s, rounded up").contains("2");
            }
            assertThat(users.all()).hasSize(accounts);
        } finally {
            hasher.relieve();
        }
        assertThat(http.post("/api/v1/auth/login")
                .json("{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}").send().status())
                .isEqualTo(200);
    }

    private Response register(String password) {
        return http.post("/api/v1/auth/register")
                .json("{\"email\":\"" + UUID.randomUUID() + "@example.org\",\"password\":\"" + password + "\"}").send();
    }

    private static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return HttpClientForTests.JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
