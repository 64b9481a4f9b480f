package dev.stride.archfixtures.adapters.web;

import dev.stride.archfixtures.domain.port.Transactions;

public final class BadOpensTransaction {

    public String inOneTransaction(Transactions transactions) {
        return transactions.inTransaction(() -> "done");
    }
}
