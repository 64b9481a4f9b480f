package dev.stride.application.testing;

import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;

import java.util.List;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }

    @Override
    protected List<AuditEntry> entries() {
        return log.entries();
    }
}
