package dev.stride.adapters.persistence;

import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The configuration bootstrap imports, on the beans Spring Boot auto-configures for a data source. */
class PersistenceConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final PostgresDatabase database = TestPostgres.newDatabase();
    private final ApplicationContextRunner context = PersistenceContext.on(database);

    @Test
    void exposesThePortsOnAMigratedDatabaseWithWorkingTransactions() {
        context.run(running -> {
            assertThat(running).hasSingleBean(ActivityTotals.class);
            UserRepository users = running.getBean(UserRepository.class);
            ActivityRepository activities = running.getBean(ActivityRepository.class);
            Transactions transactions = running.getBean(Transactions.class);
            User ann = users.insert(newUser("ann@example.org"));

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                users.insert(newUser("bob@example.org"));
                activities.insert(ann.id(), new ActivityDetails(ActivityType.RUNNING, null, null, 30, null, null, null,
                        LocalDate.of(2026, 11, 20)), NOW);
                throw new IllegalStateException("the work failed half-way");
            })).hasMessage("the work failed half-way");

            assertThat(users.findLiveById(ann.id())).contains(ann);
            assertThat(users.findLiveByEmail(new Email("bob@example.org"))).isEmpty();
            assertThat(activities.findLive(ann.id(), ActivityFilter.NONE, new PageRequest(0, 20)).totalItems()).isZero();
        });
    }

    @Test
    void aRestoreRacingASignUpOfTheSameEmailIsAConflict() {
        context.run(running -> {
            UserRepository users = running.getBean(UserRepository.class);
            Transactions transactions = running.getBean(Transactions.class);
            User ann = users.insert(newUser("ann@example.org"));
            users.softDelete(ann.id(), NOW);

            try (Connection signUp = running.getBean(DataSource.class).getConnection()) {
                signUp.setAutoCommit(false);
                try (PreparedStatement insert = signUp.prepareStatement("INSERT INTO users (email, password_hash, "
                        + "display_name, role, created_at) VALUES ('ann@example.org', 'h', 'New Ann', 'USER', now())")) {
                    insert.executeUpdate();
                }
                CompletableFuture<Object> restore = CompletableFuture.supplyAsync(
                        () -> transactions.inTransaction(() -> users.restore(ann.id())));
                // The restore sees no live "ann" yet and waits on the uncommitted sign-up's index entry.
                awaitWaitingOnALock(running.getBean(DataSource.class));
                signUp.commit();

                assertThatThrownBy(restore::join).hasCauseInstanceOf(ConflictException.class);
            }
            assertThat(users.findLiveByEmail(new Email("ann@example.org")).orElseThrow().displayName()).isEqualTo("New Ann");
            assertThat(users.findLiveById(ann.id())).isEmpty();
        });
    }

    @Test
    void exposesTheAuditLogAndTheClusterLock() {
        context.run(running -> {
            assertThat(running).hasSingleBean(AuditLog.class).hasSingleBean(ExclusiveRunner.class);
            assertThat(running.getBean(ExclusiveRunner.class).runExclusively("test", () -> { })).isTrue();
        });
    }

    private static void awaitWaitingOnALock(DataSource dataSource) {
        await("the restore to wait on the sign-up's lock").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> sessionsWaitingOnALock(dataSource) > 0);
    }

    private static int sessionsWaitingOnALock(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }

    private static NewUser newUser(String email) {
        return new NewUser(new Email(email), "hash", "User", Role.USER, NOW);
    }
}
