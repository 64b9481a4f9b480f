package dev.stride.application.testing;

import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.EventSubscriber;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A subscriber that keeps every event it heard, and notes whether one came while a transaction was still open. */
public final class EventLog implements EventSubscriber {

    private final InMemoryTransactions transactions;
    private final List<DomainEvent> heard = new CopyOnWriteArrayList<>();
    private final AtomicBoolean heardBeforeCommit = new AtomicBoolean();

    public EventLog(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void on(DomainEvent event) {
        if (transactions.isOpen()) {
            heardBeforeCommit.set(true);
        }
        heard.add(event);
    }

    public List<DomainEvent> heard() {
        return List.copyOf(heard);
    }

    /** Whether any event was published inside a transaction, before its commit. */
    public boolean heardBeforeCommit() {
        return heardBeforeCommit.get();
    }
}
