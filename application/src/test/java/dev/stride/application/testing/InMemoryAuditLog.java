package dev.stride.application.testing;

import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;

import java.util.ArrayList;
import java.util.List;

/** An {@link AuditLog} in a list. Like the other in-memory adapters it does not roll back. */
public class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
