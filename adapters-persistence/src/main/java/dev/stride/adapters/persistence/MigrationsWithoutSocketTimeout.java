package dev.stride.adapters.persistence;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.SQLException;

/**
 * Lifts the driver's socket timeout for the connection a migration runs on: requests are bounded to a
 * few seconds so that a hung PostgreSQL answers 503 quickly, but building an index on a large table may
 * rightly take minutes. The pool restores the timeout when the connection is returned.
 */
final class MigrationsWithoutSocketTimeout implements Callback {

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            context.getConnection().setNetworkTimeout(Runnable::run, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("could not lift the socket timeout for a migration", e);
        }
    }

    @Override
    public String getCallbackName() {
        return getClass().getSimpleName();
    }
}
