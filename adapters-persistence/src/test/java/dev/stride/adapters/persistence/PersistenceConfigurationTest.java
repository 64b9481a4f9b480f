package dev.stride.adapters.persistence;

import dev.stride.application.port.out.Transactions;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configuration bootstrap imports, on the beans Spring Boot auto-configures for a data source. */
class PersistenceConfigurationTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final PostgresDatabase database = TestPostgres.newDatabase();
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class, FlywayAutoConfiguration.class,
                    JooqAutoConfiguration.class))
            .withUserConfiguration(PersistenceConfiguration.class)
            .withPropertyValues(
                    "spring.datasource.url=" + database.jdbcUrl(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password(),
                    "spring.jooq.sql-dialect=postgres");

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

    private static NewUser newUser(String email) {
        return new NewUser(new Email(email), "hash", "User", Role.USER, NOW);
    }
}
