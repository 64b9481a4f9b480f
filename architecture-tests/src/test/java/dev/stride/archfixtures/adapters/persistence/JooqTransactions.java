package dev.stride.archfixtures.adapters.persistence;

import dev.stride.archfixtures.application.port.out.Transactions;

import java.util.function.Supplier;

public class JooqTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
