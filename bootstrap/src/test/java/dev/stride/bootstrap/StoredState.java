package dev.stride.bootstrap;

import dev.stride.testsupport.PostgresDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fingerprint of everything Stride stores in PostgreSQL, table by table: equal fingerprints mean
 * no row was added, changed or removed in between.
 */
final class StoredState {

    private StoredState() {
    }

    /** Every table of Stride's schema but Flyway's history, so that a table added later is never left out. */
    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    static Map<String, String> of(PostgresDatabase database) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            Map<String, String> state = new LinkedHashMap<>();
            for (String table : tables(statement)) {
                try (ResultSet digest = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' ORDER BY t::text)), '') FROM " + table + " t")) {
                    digest.next();
                    state.put(table, digest.getString(1));
                }
            }
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
