package dev.stride.domain.port;

import dev.stride.domain.audit.AuditEntry;

/** The audit trail. Writes join the caller's transaction, so an audited change and its entry commit together. */
public interface AuditLog {

    void record(AuditEntry entry);
}
