package dev.stride.application.testing;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.domain.port.Transactions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Transactions} adapter must do; run against the in-memory one and the PostgreSQL
 * one. The {@link UnitOfWork} publishes events after {@code inTransaction} returns, so returning must
 * mean committed: visible to everyone, and never a transaction joined that commits later.
 */
public abstract class TransactionsContract {

    protected abstract Transactions transactions();

    /** Writes a row through the adapter's own storage, joining the transaction under way; a handle on it. */
    protected abstract long write();

    /** Whether the row {@link #write} wrote can be seen from outside any transaction (another connection). */
    protected abstract boolean visible(long written);

    @Test
    void returnsTheWorksResultOnceWhatItWroteIsVisibleToEveryone() {
        long written = transactions().inTransaction(this::write);

        assertThat(visible(written)).isTrue();
    }

    @Test
    void theWorksFailureReachesTheCallerUnchanged() {
        IllegalStateException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            write();
            throw failure;
        })).isSameAs(failure);
    }

    /** Joining would make the inner call return before the commit, and its events would be published too early. */
    @Test
    void aTransactionInsideAnotherIsRefusedNotJoined() {
        AtomicBoolean innerRan = new AtomicBoolean();

        assertThatThrownBy(() -> transactions().inTransaction(() -> transactions().inTransaction(() -> {
            innerRan.set(true);
            return write();
        }))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().inReadOnlyTransaction(() -> innerRan.set(true));
            return null;
        })).isInstanceOf(IllegalStateException.class);

        assertThat(innerRan).isFalse();
    }

    @Test
    void aReadOnlyTransactionRunsTheWork() {
        long written = transactions().inTransaction(this::write);
        AtomicBoolean seen = new AtomicBoolean();

        transactions().inReadOnlyTransaction(() -> seen.set(visible(written)));

        assertThat(seen).isTrue();
    }

    @Test
    void aUnitOfWorkPublishesOnlyWhenWhatItWroteIsVisibleToEveryone() {
        List<Boolean> visibleWhenPublished = new ArrayList<>();
        UnitOfWork unitOfWork = new UnitOfWork(transactions(), List.of(event ->
                visibleWhenPublished.add(visible(((ActivitiesChanged) event).userId()))));

        unitOfWork.inTransaction(events -> {
            events.record(new ActivitiesChanged(write()));
            return null;
        });

        assertThat(visibleWhenPublished).containsExactly(true);
    }

    @Test
    void aUnitOfWorkThatRollsBackPublishesNothing() {
        List<DomainEvent> published = new ArrayList<>();
        UnitOfWork unitOfWork = new UnitOfWork(transactions(), List.of(published::add));

        assertThatThrownBy(() -> unitOfWork.inTransaction(events -> {
            events.record(new ActivitiesChanged(write()));
            throw new IllegalStateException("the work failed after recording");
        })).hasMessage("the work failed after recording");

        assertThat(published).isEmpty();
    }
}
