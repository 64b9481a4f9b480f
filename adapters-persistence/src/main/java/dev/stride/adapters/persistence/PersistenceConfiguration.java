package dev.stride.adapters.persistence;

import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import org.flywaydb.core.api.callback.Callback;
import org.jooq.DSLContext;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The persistence adapter's beans, typed as the ports they implement. Needs the {@code DSLContext}
 * and {@code PlatformTransactionManager} that Spring Boot configures for the data source; Boot's
 * Flyway support applies {@code db/migration} at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    /** Replaces Spring Boot's translator: "PostgreSQL cannot be reached" becomes the core's own exception (a 503). */
    @Bean
    ExceptionTranslatorExecuteListener jooqExceptionTranslator() {
        return new StorageFailureTranslator(ExceptionTranslatorExecuteListener.DEFAULT);
    }

    /** Spring Boot hands every Flyway {@code Callback} bean to Flyway. */
    @Bean
    Callback migrationsWithoutSocketTimeout() {
        return new MigrationsWithoutSocketTimeout();
    }

    @Bean
    ActivityRepository activityRepository(DSLContext dsl) {
        return new JooqActivityRepository(dsl);
    }

    @Bean
    ActivityTotals activityTotals(DSLContext dsl) {
        return new JooqActivityTotals(dsl);
    }

    @Bean
    UserRepository userRepository(DSLContext dsl) {
        return new JooqUserRepository(dsl);
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new JooqTransactions(transactionManager);
    }

    @Bean
    AuditLog auditLog(DSLContext dsl) {
        return new JooqAuditLog(dsl);
    }

    /** On the plain pool: the lock needs a connection of its own, outside any transaction. */
    @Bean
    ExclusiveRunner exclusiveRunner(DataSource dataSource) {
        return new PostgresAdvisoryLockRunner(dataSource);
    }
}
