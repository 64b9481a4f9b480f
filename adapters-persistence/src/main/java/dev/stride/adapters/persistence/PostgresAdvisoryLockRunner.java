package dev.stride.adapters.persistence;


import dev.stride.domain.port.ExclusiveRunner;
import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@link ExclusiveRunner} on a PostgreSQL session-level advisory lock, so every instance sharing the
 * database shares the lock. The lock is held on a connection of its own, outside the work's
 * transactions (which come and go, batch by batch); if that connection or the instance dies,
 * PostgreSQL releases the lock with the session, so a crash never leaves it taken.
 */
final class PostgresAdvisoryLockRunner implements ExclusiveRunner {

    private final DataSource dataSource;

    PostgresAdvisoryLockRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean runExclusively(String lockName, Runnable work) {
        long key = keyOf(lockName);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("advisory lock '" + lockName + "' failed: " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A stable 64-bit key for the name: the first 8 bytes of its SHA-256. */
    static long keyOf(String lockName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(lockName.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
