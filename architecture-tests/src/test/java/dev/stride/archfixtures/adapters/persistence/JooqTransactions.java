package dev.stride.archfixtures.adapters.persistence;

import dev.stride.archfixtures.domain.port.Transactions;

import java.util.function.Supplier;

public class JooqTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
