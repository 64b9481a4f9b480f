package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import tools.jackson.databind.JsonNode;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends WebAdapterTest {

    @Autowired
    WebTestApplication.AuthenticationEvents authenticationEvents;

    @Test
    void withoutATokenTheAnswerIs401WithABearerChallenge() {
        Response response = http.get("/api/v1/activities").send();

        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    /** Nothing listens to them: one published per request was ~1 % of the CPU of the bench's floor. */
    @Test
    void authenticatingABearerTokenPublishesNoEvent() {
        Session user = newUser();
        int before = authenticationEvents.published();

        assertThat(http.get("/api/v1/activities").token(user.token()).send().status()).isEqualTo(200);
        assertThat(http.get("/api/v1/activities").header("Authorization", "Bearer a.b.c").send().status()).isEqualTo(401);
        assertThat(authenticationEvents.published()).isEqualTo(before);
    }

    /** Spring Security's form logout would answer it with a redirect to a login page that does not exist. */
    @Test
    void thereIsNoFormLogoutOnlyTheApis() {
        Response anonymous = http.post("/logout").send();
        Response signedIn = http.post("/logout").token(newUser().token()).send();

        assertProblem(anonymous, 401, "unauthorized");
        assertThat(anonymous.header("Location")).isEmpty();
        assertProblem(signedIn, 404, "not-found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer not-a-jwt", "Bearer a.b.c", "Bearer ", "Basic dXNlcjpwYXNzd29yZA==", "bearer"})
    void aBrokenAuthorizationHeaderIs401(String authorization) {
        Response response = http.get("/api/v1/activities").header("Authorization", authorization).send();

        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    /**
     * Tomcat lets bytes 0x80-0xFF through in header values; the firewall (its character rules as loops,
     * FirewallCharacters) refuses C1 controls in a header that is read: a 400 problem, not a token check.
     */
    @Test
    void aControlCharacterInTheAuthorizationHeaderIsRejectedByTheFirewall() throws IOException {
        Session user = newUser();
        String response;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/v1/activities HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + user.token() + "\u0085\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("/problems/malformed-request");
    }

    @Test
    void anAccessTokenExpiresAfterFifteenMinutes() {
        Session user = newUser();

        clock.advance(Duration.ofMinutes(14));
        assertThat(http.get("/api/v1/activities").token(user.token()).send().status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(2));
        Response expired = http.get("/api/v1/activities").token(user.token()).send();
        assertProblem(expired, 401, "unauthorized");
        assertThat(expired.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void aTokenIsOnlyAcceptedWhenSignedWithTheKeyAndShapedAsIssued() {
        Session user = newUser();
        String subject = Long.toString(user.id());
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256, claims -> claims.subject(subject))))
                .as("the well-formed control token").isEqualTo(200);

        assertThat(status(forged("another-secret-that-is-at-least-32-bytes", MacAlgorithm.HS256,
                claims -> claims.subject(subject)))).as("another key").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET + JWT_SECRET, MacAlgorithm.HS512, claims -> claims.subject(subject))))
                .as("another algorithm").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256, claims -> claims.subject("admin"))))
                .as("a subject that is no user id").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256, claims -> claims.claims(c -> c.remove("sub")))))
                .as("no subject").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256,
                claims -> claims.subject(subject).claims(c -> c.remove("exp"))))).as("no expiry").isEqualTo(401);
        assertThat(status(unsigned(subject))).as("alg none").isEqualTo(401);
    }

    /** Abuse case: a token another service (or another Stride deployment) signed with a shared key. */
    @Test
    void aTokenSignedWithTheRightKeyIsRefusedForAnotherIssuerOrAudience() {
        String subject = Long.toString(newUser().id());

        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256, claims -> claims.subject(subject).issuer("billing"))))
                .as("another issuer").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256,
                claims -> claims.subject(subject).claims(c -> c.remove("iss"))))).as("no issuer").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256,
                claims -> claims.subject(subject).audience(List.of("billing-api"))))).as("another audience").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256,
                claims -> claims.subject(subject).claims(c -> c.remove("aud"))))).as("no audience").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256,
                claims -> claims.subject(subject).claims(c -> c.remove("iat_ms"))))).as("no iat_ms").isEqualTo(401);
        assertThat(status(forged(JWT_SECRET, MacAlgorithm.HS256,
                claims -> claims.subject(subject).audience(List.of("billing-api", "stride-api")))))
                .as("an audience list naming Stride").isEqualTo(200);
    }

    /** Abuse case: a token's signature is checked once and remembered; the remembered signature vouches for nothing else. */
    @Test
    void anAcceptedTokensSignatureIsNoPassForAnotherUsersClaims() {
        String[] accepted = newUser().token().split("\\.");
        String someoneElsesClaims = newUser().token().split("\\.")[1];
        assertThat(status(String.join(".", accepted))).as("the token itself, now remembered").isEqualTo(200);

        assertThat(status(accepted[0] + "." + someoneElsesClaims + "." + accepted[2])).isEqualTo(401);
    }

    @Test
    void issuedTokensNameTheirIssuerAudienceAndMillisecond() {
        String token = newUser().token();

        JsonNode claims = HttpClientForTests.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(claims.get("iss").asString()).isEqualTo("stride");
        JsonNode audience = claims.get("aud"); // one audience may be written as a plain string
        assertThat(audience.isArray() ? audience.get(0).asString() : audience.asString()).isEqualTo("stride-api");
        assertThat(claims.get("iat_ms").asLong()).isEqualTo(clock.instant().toEpochMilli());
    }

    @Test
    void adminEndpointsAreForbiddenToUsersAndOpenToAdmins() {
        Session user = newUser();
        String admin = adminToken();

        Response forbidden = http.get("/api/v1/admin/users").token(user.token()).send();
        assertProblem(forbidden, 403, "forbidden");
        assertThat(forbidden.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

        assertProblem(http.get("/api/v1/admin/users").send(), 401, "unauthorized");
        assertThat(http.get("/api/v1/admin/users").token(admin).send().status()).isEqualTo(200);
    }

    @Test
    void aForgedRoleClaimIsNoWayIn() {
        Session user = newUser();

        String selfPromoted = forged("another-secret-that-is-at-least-32-bytes", MacAlgorithm.HS256,
                claims -> claims.subject(Long.toString(user.id())).claim("role", "ADMIN"));

        assertProblem(http.get("/api/v1/admin/users").token(selfPromoted).send(), 401, "unauthorized");
    }

    @Test
    void docsProbesAndAuthAreOpenWithoutAToken() {
        assertThat(http.get("/v3/api-docs").send().status()).isEqualTo(200);
        assertThat(http.get("/swagger-ui.html").send().status()).isIn(200, 302);
        assertThat(http.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
        // The probes and the scrape need no token; any other actuator path does.
        assertThat(http.get("/actuator/health").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/liveness").send().status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus").send().status()).isEqualTo(200);
        assertProblem(http.get("/actuator/env").send(), 401, "unauthorized");
    }

    @Test
    void aStaleTokenOnAPublicEndpointIsIgnored() {
        assertThat(http.get("/v3/api-docs").token("garbage").send().status()).isEqualTo(200);
    }

    @Test
    void aPostAuthenticationFilterSeesTheCallerAndRunsForAnonymousCallsToo() {
        Session user = newUser();

        assertThat(http.get("/api/v1/activities").token(user.token()).send().header(WebTestApplication.CALLER_HEADER))
                .hasValue(Long.toString(user.id()));
        Response anonymous = http.get("/api/v1/activities").send();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header(WebTestApplication.CALLER_HEADER)).hasValue("nobody");
    }

    private int status(String token) {
        return http.get("/api/v1/activities").token(token).send().status();
    }

    private String adminToken() {
        String email = "admin-" + UUID.randomUUID() + "@example.org";
        users.insert(new NewUser(new Email(email), "plain:" + PASSWORD, "Admin", Role.ADMIN, WebTestApplication.START));
        return logIn(email, PASSWORD);
    }

    /** A token as Stride would issue it (15 minutes from now, role USER), then changed by {@code change}. */
    private String forged(String secret, MacAlgorithm algorithm, Consumer<JwtClaimsSet.Builder> change) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().claim("role", "USER").issuedAt(now)
                .claim("iat_ms", now.toEpochMilli()).issuer("stride").audience(List.of("stride-api"))
                .expiresAt(now.plus(Duration.ofMinutes(15)));
        change.accept(claims);
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm.getName());
        return NimbusJwtEncoder.withSecretKey(key).algorithm(algorithm).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(algorithm).build(), claims.build())).getTokenValue();
    }

    private String unsigned(String subject) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long exp = clock.instant().plus(Duration.ofMinutes(15)).getEpochSecond();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"sub\":\"" + subject + "\",\"role\":\"ADMIN\",\"exp\":" + exp + "}")
                .getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
