package dev.stride.api;

import dev.stride.testsupport.HttpClientForTests.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code stride.cors.allowed-origins} no origin is allowed: a browser gets no CORS header to go on. */
class CorsDisabledByDefaultTest extends WebAdapterTest {

    @Test
    void noOriginIsAllowed() {
        Session user = newUser();

        Response preflight = http.call("OPTIONS", "/api/v1/activities").header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "POST").send();
        Response request = http.get("/api/v1/users/me").token(user.token()).header("Origin", "https://app.example.org")
                .send();

        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(request.status()).isEqualTo(200);
        assertThat(request.header("Access-Control-Allow-Origin")).isEmpty();
        assertThat(request.header("Access-Control-Expose-Headers")).isEmpty();
    }
}
