package dev.stride.adapters.persistence;

import dev.stride.domain.port.Transactions;
import dev.stride.domain.shared.StorageUnavailableException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The transaction port on Spring's transaction manager. jOOQ statements join the transaction
 * because Boot's {@code DSLContext} reaches the database through a transaction-aware data source.
 * Any exception from the work rolls everything back and reaches the caller unchanged. A call inside
 * a transaction is refused rather than joined (the template would join it), so that returning always
 * means committed.
 */
final class JooqTransactions implements Transactions {

    private final TransactionTemplate template;
    private final TransactionTemplate readOnly;

    JooqTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        requireNoneUnderWay();
        return reachable(() -> template.execute(status -> work.get()));
    }

    @Override
    public void inReadOnlyTransaction(Runnable work) {
        requireNoneUnderWay();
        reachable(() -> {
            readOnly.executeWithoutResult(status -> work.run());
            return null;
        });
    }

    private static void requireNoneUnderWay() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a transaction is already under way: transactions do not nest");
        }
    }

    /**
     * No connection to begin on, a commit that could not be confirmed, or a rollback on a connection
     * that died under the work: the storage is unavailable (503).
     */
    private static <T> T reachable(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (TransactionSystemException e) {
            // the rollback failed after the work did: the work's own failure says why
            Throwable work = e.getApplicationException();
            if (work instanceof StorageUnavailableException unavailable) {
                throw unavailable;
            }
            throw StorageFailures.unreachable(e) || work != null && StorageFailures.unreachable(work)
                    ? StorageFailures.translate(e) : e;
        } catch (TransactionException e) {
            throw StorageFailures.unreachable(e) ? StorageFailures.translate(e) : e;
        }
    }
}
