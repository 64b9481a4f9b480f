package dev.stride.bootstrap;

import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin account of {@code stride.admin.*}: created once, whether instances restart or start together. */
class AdminAccountEndToEndTest {

    private static final String EMAIL = "root@example.org";
    private static final Map<String, String> ADMIN = Map.of("stride.admin.email", EMAIL, "stride.admin.password", "root password");

    @Test
    void aRestartFindsTheAdminThereAndKeepsItAsItIs() throws SQLException {
        PostgresDatabase database = TestPostgres.newDatabase();
        try (RunningStride first = RunningStride.start(database, TestRedis.shared(), ADMIN)) {
            assertThat(first.api().logIn(EMAIL, "root password", 0).accessToken()).isNotBlank();
        }

        try (RunningStride restarted = RunningStride.start(database, TestRedis.shared(),
                Map.of("stride.admin.email", EMAIL, "stride.admin.password", "a different password"))) {
            assertThat(restarted.api().logIn(EMAIL, "root password", 0).accessToken()).isNotBlank();
        }
        assertThat(admins(database)).containsExactly(EMAIL);
    }

    @Test
    void instancesStartingTogetherCreateOneAdmin() throws Exception {
        PostgresDatabase database = TestPostgres.newDatabase();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<RunningStride>> instances = List.of(start(database, go), start(database, go));
        go.countDown();
        try {
            for (CompletableFuture<RunningStride> instance : instances) {
                assertThat(instance.get().api().logIn(EMAIL, "root password", 0).accessToken()).isNotBlank();
            }
        } finally {
            for (CompletableFuture<RunningStride> instance : instances) {
                instance.thenAccept(RunningStride::close);
            }
        }
        assertThat(admins(database)).containsExactly(EMAIL);
    }

    private static CompletableFuture<RunningStride> start(PostgresDatabase database, CountDownLatch go) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RunningStride.start(database, TestRedis.shared(), ADMIN);
        });
    }

    private static List<String> admins(PostgresDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT email FROM users WHERE role = 'ADMIN'");
             ResultSet rows = query.executeQuery()) {
            List<String> emails = new java.util.ArrayList<>();
            while (rows.next()) {
                emails.add(rows.getString(1));
            }
            return emails;
        }
    }
}
