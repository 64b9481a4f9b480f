package dev.stride.domain.port;

import java.util.function.Supplier;

/**
 * The transaction boundary. A use case that changes several rows runs them through this port so
 * that all or none of them happen. Each call is a transaction of its own, and returns only once it
 * has committed: a call made while a transaction is already under way is refused
 * ({@link IllegalStateException}) rather than joined, so whatever follows the return (publishing
 * what the write changed to the cache, the session store, the metrics) follows the commit.
 */
public interface Transactions {

    /** Runs {@code work} in one transaction: all of it commits, or, when it throws, none of it and the exception reaches the caller unchanged. */
    <T> T inTransaction(Supplier<T> work);

    /** A transaction that only reads: a long read (an export) streams through it without holding write locks. */
    void inReadOnlyTransaction(Runnable work);
}
