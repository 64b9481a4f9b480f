package dev.stride.testsupport;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/** Where a test's own PostgreSQL database is. */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }
}
