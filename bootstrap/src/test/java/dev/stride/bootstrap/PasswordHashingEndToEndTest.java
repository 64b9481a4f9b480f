package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingEndToEndTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String LOGIN = "{\"email\":\"%s\",\"password\":\"" + PASSWORD + "\"}";

    @Test
    void newHashesUseOwaspsMinimumAndAnOlderWeakerHashIsUpgradedAtLogin() {
        try (RunningStride stride = RunningStride.start()) {
            Session ann = stride.api().newUser();
            assertThat(storedHash(ann.userId())).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
            String old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
            storeHash(ann.userId(), old);

            stride.api().logIn(ann.email(), PASSWORD, ann.userId());

            String upgraded = storedHash(ann.userId());
            assertThat(upgraded).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(old);
            stride.api().logIn(ann.email(), PASSWORD, ann.userId());
            assertThat(storedHash(ann.userId())).as("a current hash is left alone").isEqualTo(upgraded);
        }
    }

    /** One hash at a time and none waiting: a burst of logins gets quick 503s for what does not fit, never a hang. */
    @Test
    void aBurstOfLoginsBeyondTheHashingBoundIsAnswered503WithRetryAfter() throws Exception {
        try (RunningStride stride = RunningStride.start(Map.of(
                "stride.security.password-hashing.cpu-share", "0.01",
                "stride.security.password-hashing.queue-per-thread", "0"));
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            Session bob = stride.api().newUser();
            CountDownLatch go = new CountDownLatch(1);

            List<Future<Response>> logins = IntStream.range(0, 32).mapToObj(i -> clients.submit(() -> {
                go.await();
                return stride.api().post("/api/v1/auth/login", null, LOGIN.formatted(bob.email()));
            })).toList();
            go.countDown();

            int refused = 0;
            for (Future<Response> login : logins) {
                Response response = login.get();
                if (response.status() == 503) {
                    refused++;
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.json().get("type").asString())
                            .isEqualTo("/problems/service-unavailable");
                    assertThat(response.header("Retry-After")).contains("1");
                } else {
                    assertThat(response.status()).as(response.body()).isEqualTo(200);
                }
            }
            assertThat(refused).as("32 logins at once, one hash at a time").isPositive();
            assertThat(stride.api().post("/api/v1/auth/login", null, LOGIN.formatted(bob.email())).status())
                    .as("capacity is back after the burst").isEqualTo(200);
        }
    }

    private static String storedHash(long userId) {
        return query("SELECT password_hash FROM users WHERE id = ?", userId);
    }

    private static void storeHash(long userId, String hash) {
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
            update.setString(1, hash);
            update.setLong(2, userId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String sql, long userId) {
        try (Connection connection = database().dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PostgresDatabase database() {
        return TestPostgres.database();
    }
}
