package dev.stride.application.event;

import dev.stride.domain.port.Transactions;

import java.util.List;
import java.util.function.Function;

/**
 * A write and what it changed. The use case runs its write in {@link #inTransaction} and records
 * there what changed; the subscribers hear of it once the transaction has committed — never
 * before, and never for a transaction that rolled back. This rests on {@link Transactions} returning
 * only once its transaction has committed (it never joins one already under way), which every
 * implementation's contract test shows. So a write path cannot forget to invalidate the cache or to
 * revoke sessions: it states what it changed, and whoever must react subscribes.
 */
public final class UnitOfWork {

    private final Transactions transactions;
    private final List<EventSubscriber> subscribers;

    public UnitOfWork(Transactions transactions, List<? extends EventSubscriber> subscribers) {
        this.transactions = transactions;
        this.subscribers = List.copyOf(subscribers);
    }

    /**
     * Runs {@code work} in one transaction and then publishes the events it recorded, in order. When
     * the work or the commit fails, the failure reaches the caller and nothing is published.
     */
    public <T> T inTransaction(Function<? super RecordedEvents, T> work) {
        RecordedEvents events = new RecordedEvents();
        List<DomainEvent> recorded;
        T result;
        try {
            result = transactions.inTransaction(() -> work.apply(events));
        } finally {
            recorded = events.close();
        }
        publish(recorded);
        return result;
    }

    /** After a write that committed on its own (a single statement, outside any transaction): publishes its events now. */
    public void committed(DomainEvent event) {
        publish(List.of(event));
    }

    /** Every subscriber hears every event, whatever another one throws; the first failure is rethrown after. */
    private void publish(List<DomainEvent> events) {
        RuntimeException failure = null;
        for (DomainEvent event : events) {
            for (EventSubscriber subscriber : subscribers) {
                try {
                    subscriber.on(event);
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else if (e != failure) { // one instance thrown for two events is reported once
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
