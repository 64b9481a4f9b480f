package dev.stride.bootstrap;

import dev.stride.testsupport.PostgresDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fingerprint of everything Stride stores in PostgreSQL, table by table: equal fingerprints mean
 * no row was added, changed or removed in between.
 */
final class StoredState {

    private static final List<String> TABLES = List.of("users", "activities", "activity_day_totals", "audit_log");

    private StoredState() {
    }

    static Map<String, String> of(PostgresDatabase database) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            Map<String, String> state = new LinkedHashMap<>();
            for (String table : TABLES) {
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
