package dev.stride.bootstrap;

import dev.stride.testsupport.PostgresDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit trail of one row as tests read it from the database, oldest first, as "ACTION by actor". */
final class AuditTrail {

    private AuditTrail() {
    }

    static List<String> of(PostgresDatabase database, String subjectType, long subjectId) {
        return entries(database, "actor_id", " by ", subjectType, subjectId);
    }

    /** The same trail as "ACTION from address": where each request that left an entry came from. */
    static List<String> sourcesOf(PostgresDatabase database, String subjectType, long subjectId) {
        return entries(database, "source_ip", " from ", subjectType, subjectId);
    }

    private static List<String> entries(PostgresDatabase database, String column, String joiner, String subjectType,
                                        long subjectId) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT action, " + column
                     + " FROM audit_log WHERE subject_type = ? AND subject_id = ? ORDER BY id")) {
            query.setString(1, subjectType);
            query.setLong(2, subjectId);
            List<String> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getString(1) + joiner + rows.getObject(2));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
