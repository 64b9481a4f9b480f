package dev.stride.domain.port;

import java.util.function.Supplier;

/**
 * The transaction boundary. A use case that changes several rows runs them through this port so
 * that all or none of them happen; work that must follow the commit (cache invalidation) runs
 * after {@link #inTransaction} has returned.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /** A transaction that only reads: a long read (an export) streams through it without holding write locks. */
    void inReadOnlyTransaction(Runnable work);
}
