package dev.stride.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

import static dev.stride.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;

/**
 * The test JVM's own PostgreSQL database, migrated once, wired the way Spring Boot wires it: a
 * pool, a transaction manager, and a {@code DSLContext} that joins the manager's transactions.
 */
final class TestDatabase {

    private static final DataSource DATA_SOURCE = migratedPool(TestPostgres.database());
    private static final DSLContext DSL_CONTEXT =
            DSL.using(new TransactionAwareDataSourceProxy(DATA_SOURCE), SQLDialect.POSTGRES);
    private static final PlatformTransactionManager TRANSACTION_MANAGER = new DataSourceTransactionManager(DATA_SOURCE);

    private TestDatabase() {
    }

    static DSLContext dsl() {
        return DSL_CONTEXT;
    }

    /** The pool itself, for what must work outside the transaction manager (an advisory lock's own connection). */
    static DataSource dataSource() {
        return DATA_SOURCE;
    }

    static PlatformTransactionManager transactionManager() {
        return TRANSACTION_MANAGER;
    }

    /** Empties every table (activities go with their owners), so that each test starts from nothing. */
    static void empty() {
        // DELETE rather than TRUNCATE: on a handful of rows it is many times faster.
        DSL_CONTEXT.deleteFrom(USERS).execute();
        DSL_CONTEXT.deleteFrom(AUDIT_LOG).execute();
    }

    @SuppressWarnings("resource") // lives as long as the test JVM, whose database is dropped at exit
    private static DataSource migratedPool(PostgresDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(4);
        Flyway.configure().dataSource(pool).load().migrate();
        return pool;
    }
}
