package dev.stride.adapters.persistence;

import dev.stride.domain.shared.StorageUnavailableException;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells "PostgreSQL cannot be reached" from every other failure, under whatever wrapper jOOQ, Spring
 * or the pool put around it: no connection within the pool's timeout, a connection refused or cut,
 * a socket that timed out on a hung server, or the server shutting down (SQLSTATE class 08, 57P01-03).
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean unreachable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static StorageUnavailableException translate(Throwable error) {
        return new StorageUnavailableException("PostgreSQL cannot be reached", error);
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
