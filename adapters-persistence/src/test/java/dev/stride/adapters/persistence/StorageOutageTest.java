package dev.stride.adapters.persistence;

import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.StorageUnavailableException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.testsupport.DedicatedPostgres;
import dev.stride.testsupport.PostgresDatabase;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/** The persistence adapter on a PostgreSQL of the test's own, which the test crashes and starts again. */
class StorageOutageTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static DedicatedPostgres postgres;

    @BeforeAll
    static void start() {
        assumeThat(DedicatedPostgres.serverBinaries()).as("PostgreSQL server binaries on this machine").isPresent();
        postgres = DedicatedPostgres.create().start();
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anUnreachableDatabaseIsReportedAsStorageUnavailableByRepositoriesAndTransactionsAlike() {
        context(postgres.newDatabase()).run(running -> {
            UserRepository users = running.getBean(UserRepository.class);
            Transactions transactions = running.getBean(Transactions.class);
            users.insert(newUser("ann@example.org"));

            postgres.crash();
            try {
                assertThatThrownBy(() -> users.findLiveByEmail(new Email("ann@example.org")))
                        .isInstanceOf(StorageUnavailableException.class);
                assertThatThrownBy(() -> transactions.inTransaction(() -> users.insert(newUser("bob@example.org"))))
                        .isInstanceOf(StorageUnavailableException.class);
            } finally {
                postgres.start();
            }

            await().atMost(Duration.ofSeconds(20)).ignoreExceptions()
                    .until(() -> users.findLiveByEmail(new Email("ann@example.org")).isPresent());
            assertThat(transactions.inTransaction(() -> users.insert(newUser("bob@example.org"))).id()).isPositive();
        });
    }

    @Test
    void otherFailuresAreNotMistakenForAnOutage() {
        context(postgres.newDatabase()).run(running -> {
            DSLContext dsl = running.getBean(DSLContext.class);

            assertThatThrownBy(() -> dsl.execute("SELECT * FROM no_such_table"))
                    .isNotInstanceOf(StorageUnavailableException.class);
        });
    }

    @Test
    void aStatementThatOutlastsTheSocketTimeoutIsAnOutageButAMigrationMayTakeLonger() {
        context(postgres.newDatabase())
                .withPropertyValues("spring.datasource.hikari.data-source-properties.socketTimeout=1",
                        "spring.flyway.locations=classpath:db/migration,classpath:db/slow-migration")
                .run(running -> {
                    assertThat(running).hasNotFailed();
                    DSLContext dsl = running.getBean(DSLContext.class);
                    assertThat(dsl.fetchValue("SELECT max(version::int) FROM flyway_schema_history")).isEqualTo(1000);

                    assertThatThrownBy(() -> dsl.execute("SELECT pg_sleep(2)"))
                            .as("the pool restored the timeout after the migration")
                            .isInstanceOf(StorageUnavailableException.class);
                });
    }

    private static ApplicationContextRunner context(PostgresDatabase database) {
        return PersistenceContext.on(database).withPropertyValues(
                "spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500");
    }

    private static NewUser newUser(String email) {
        return new NewUser(new Email(email), "hash", "Someone", Role.USER, NOW);
    }
}
