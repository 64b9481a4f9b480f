package dev.stride.adapters.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (SQLSTATE 23505) under whatever wrapper jOOQ or Spring put around it. */
final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    static boolean causes(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
