package dev.stride.application.testing;

import dev.stride.domain.port.Transactions;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;

import java.time.Instant;
import java.util.UUID;

class InMemoryTransactionsTest extends TransactionsContract {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryUserRepository users = new InMemoryUserRepository();

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected long write() {
        return users.insert(new NewUser(new Email(UUID.randomUUID() + "@example.org"), "hash", "User", Role.USER,
                Instant.parse("2026-11-20T10:00:00Z"))).id();
    }

    @Override
    protected boolean visible(long written) {
        return users.findLiveById(written).isPresent();
    }
}
