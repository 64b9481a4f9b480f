package dev.stride.adapters.persistence;

import dev.stride.application.testing.TransactionsContract;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JooqTransactionsTest extends TransactionsContract {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final ActivityDetails RUN =
            new ActivityDetails(ActivityType.RUNNING, null, null, 30, null, null, null, LocalDate.of(2026, 11, 20));

    private final DSLContext dsl = TestDatabase.dsl();
    private final Transactions transactions = new JooqTransactions(TestDatabase.transactionManager());
    private final JooqUserRepository users = new JooqUserRepository(dsl);
    private final JooqActivityRepository activities = new JooqActivityRepository(dsl);

    /** Outside the transaction manager: a connection of its own, which sees only what has committed. */
    private final DSLContext elsewhere = DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES);
    private int written;

    @BeforeEach
    void startEmpty() {
        TestDatabase.empty();
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected long write() {
        return users.insert(newUser("user" + ++written + "@example.org")).id();
    }

    @Override
    protected boolean visible(long userId) {
        return elsewhere.fetchExists(USERS, USERS.ID.eq(userId));
    }

    @Test
    void commitsTheWorkAndReturnsItsResult() {
        User ann = transactions.inTransaction(() -> {
            User user = users.insert(newUser("ann@example.org"));
            activities.insert(user.id(), RUN, NOW);
            return user;
        });

        assertThat(users.findLiveById(ann.id())).contains(ann);
        assertThat(dsl.fetchCount(ACTIVITIES)).isOne();
    }

    @Test
    void rollsBackEveryRowWhenTheWorkThrows() {
        IllegalStateException failure = new IllegalStateException("the work failed half-way");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            User user = users.insert(newUser("ann@example.org"));
            activities.insert(user.id(), RUN, NOW);
            throw failure;
        })).isSameAs(failure);

        assertThat(dsl.fetchCount(USERS)).isZero();
        assertThat(dsl.fetchCount(ACTIVITIES)).isZero();
    }

    @Test
    void aTakenEmailRollsBackWhatTheTransactionWroteBefore() {
        users.insert(newUser("ann@example.org"));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.insert(newUser("bob@example.org"));
            return users.insert(newUser("ann@example.org"));
        })).isInstanceOf(ConflictException.class);

        assertThat(users.findLiveByEmail(new Email("bob@example.org"))).isEmpty();
        assertThat(dsl.fetchCount(USERS)).isOne();
    }

    private static NewUser newUser(String email) {
        return new NewUser(new Email(email), "hash", "User", Role.USER, NOW);
    }
}
