package dev.stride.application.testing;


import dev.stride.domain.port.Transactions;
import java.util.function.Supplier;

/**
 * Runs the work directly, one transaction at a time. The in-memory adapters do not roll back, so
 * use-case tests that need atomicity assert it against PostgreSQL instead.
 */
public class InMemoryTransactions implements Transactions {

    private int committed;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        T result = work.get();
        committed++;
        return result;
    }

    @Override
    public void inReadOnlyTransaction(Runnable work) {
        work.run();
    }

    public synchronized int committed() {
        return committed;
    }
}
