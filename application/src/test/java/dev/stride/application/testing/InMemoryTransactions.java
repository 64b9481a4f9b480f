package dev.stride.application.testing;

import dev.stride.domain.port.Transactions;

import java.util.function.Supplier;

/**
 * Runs the work directly, one writing transaction at a time. The in-memory adapters do not roll
 * back, so use-case tests that need atomicity assert it against PostgreSQL instead. Like the real
 * one it refuses to start a transaction inside another, so returning means committed.
 */
public class InMemoryTransactions implements Transactions {

    private final ThreadLocal<Boolean> open = ThreadLocal.withInitial(() -> false);
    private int committed;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        T result = run(work);
        committed++;
        return result;
    }

    @Override
    public void inReadOnlyTransaction(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    private <T> T run(Supplier<T> work) {
        if (open.get()) {
            throw new IllegalStateException("a transaction is already under way: transactions do not nest");
        }
        open.set(true);
        try {
            return work.get();
        } finally {
            open.set(false);
        }
    }

    public synchronized int committed() {
        return committed;
    }

    /** Whether the calling thread is inside a transaction. */
    public boolean isOpen() {
        return open.get();
    }
}
