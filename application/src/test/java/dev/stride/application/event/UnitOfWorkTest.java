package dev.stride.application.event;

import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.testing.EventLog;
import dev.stride.application.testing.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitOfWorkTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final EventLog first = new EventLog(transactions);
    private final EventLog second = new EventLog(transactions);
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions, List.of(first, second));

    @Test
    void everySubscriberHearsWhatTheWorkRecordedInOrderOnceItCommitted() {
        String result = unitOfWork.inTransaction(events -> {
            events.record(new ActivitiesChanged(42));
            events.record(new AdminActed(7));
            assertThat(first.heard()).as("nothing before the commit").isEmpty();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(transactions.committed()).isOne();
        for (EventLog subscriber : List.of(first, second)) {
            assertThat(subscriber.heard()).containsExactly(new ActivitiesChanged(42), new AdminActed(7));
            assertThat(subscriber.heardBeforeCommit()).isFalse();
        }
    }

    @Test
    void aTransactionThatRollsBackPublishesNothingAndItsFailureReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("the work failed after recording");

        assertThatThrownBy(() -> unitOfWork.inTransaction(events -> {
            events.record(new AccountClosed(42));
            throw failure;
        })).isSameAs(failure);

        assertThat(first.heard()).isEmpty();
        assertThat(second.heard()).isEmpty();
    }

    @Test
    void aUnitOfWorkInsideATransactionIsRefusedAndPublishesNothing() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> unitOfWork.inTransaction(events -> {
            events.record(new AccountClosed(42));
            return null;
        }))).isInstanceOf(IllegalStateException.class);

        assertThat(first.heard()).isEmpty();
    }

    @Test
    void eventsCannotBeRecordedOnceTheTransactionHasEnded() {
        AtomicReference<RecordedEvents> leaked = new AtomicReference<>();
        unitOfWork.inTransaction(events -> {
            leaked.set(events);
            return null;
        });

        assertThatThrownBy(() -> leaked.get().record(new AccountClosed(42))).isInstanceOf(IllegalStateException.class);
        assertThat(first.heard()).isEmpty();
    }

    @Test
    void aWriteThatCommittedOnItsOwnIsPublishedAtOnce() {
        unitOfWork.committed(new ActivitiesChanged(42));

        assertThat(first.heard()).containsExactly(new ActivitiesChanged(42));
        assertThat(second.heard()).containsExactly(new ActivitiesChanged(42));
    }

    /** One subscriber's bug must not keep the others (the session store, say) from hearing of a committed write. */
    @Test
    void aFailingSubscriberDoesNotSilenceTheOthersAndItsFailureComesAfterAll() {
        List<String> heard = new ArrayList<>();
        IllegalStateException bug = new IllegalStateException("a subscriber's bug");
        UnitOfWork withFailures = new UnitOfWork(transactions, List.of(
                event -> {
                    throw bug;
                },
                event -> heard.add("second: " + event),
                event -> {
                    throw new IllegalArgumentException("another bug");
                }));

        assertThatThrownBy(() -> withFailures.inTransaction(events -> {
            events.record(new ActivitiesChanged(1));
            events.record(new ActivitiesChanged(2));
            return null;
        })).isSameAs(bug).satisfies(thrown -> assertThat(thrown.getSuppressed())
                .extracting(Throwable::getMessage).containsExactly("another bug", "another bug"));

        assertThat(heard).containsExactly("second: " + new ActivitiesChanged(1), "second: " + new ActivitiesChanged(2));
        assertThat(transactions.committed()).isOne();
    }
}
