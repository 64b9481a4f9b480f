package dev.stride.application.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The events a unit of work records while its transaction runs; closed when the transaction ends. */
public final class RecordedEvents {

    private final List<DomainEvent> events = new ArrayList<>();
    private boolean closed;

    RecordedEvents() {
    }

    /** Records what the write changed, to be published if and once the transaction commits. */
    public void record(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        if (closed) {
            throw new IllegalStateException("the transaction has ended: record events inside it");
        }
        events.add(event);
    }

    List<DomainEvent> close() {
        closed = true;
        return List.copyOf(events);
    }
}
