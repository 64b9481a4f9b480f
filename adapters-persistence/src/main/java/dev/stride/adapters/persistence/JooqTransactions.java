package dev.stride.adapters.persistence;

import dev.stride.application.port.out.Transactions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * The transaction port on Spring's transaction manager. jOOQ statements join the transaction
 * because Boot's {@code DSLContext} reaches the database through a transaction-aware data source.
 * Any exception from the work rolls everything back and reaches the caller unchanged.
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
        return template.execute(status -> work.get());
    }

    @Override
    public void inReadOnlyTransaction(Runnable work) {
        readOnly.executeWithoutResult(status -> work.run());
    }
}
