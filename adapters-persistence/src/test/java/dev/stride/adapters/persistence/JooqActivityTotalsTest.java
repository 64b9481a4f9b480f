package dev.stride.adapters.persistence;

import dev.stride.application.testing.ActivityTotalsContract;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.ActivityTotals;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;

class JooqActivityTotalsTest extends ActivityTotalsContract {

    private final JooqActivityRepository activities = new JooqActivityRepository(TestDatabase.dsl());
    private final JooqActivityTotals totals = new JooqActivityTotals(TestDatabase.dsl());
    private final JooqUserRepository users = new JooqUserRepository(TestDatabase.dsl());
    private int owners;

    @BeforeEach
    void startEmpty() {
        TestDatabase.empty();
    }

    @Override
    protected ActivityRepository activities() {
        return activities;
    }

    @Override
    protected ActivityTotals totals() {
        return totals;
    }

    @Override
    protected long newOwner() {
        Email email = new Email("owner" + ++owners + "@example.org");
        return users.insert(new NewUser(email, "hash", "Owner", Role.USER, Instant.EPOCH)).id();
    }
}
