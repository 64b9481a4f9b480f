package dev.stride.adapters.persistence;

import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import org.jooq.DSLContext;

import static dev.stride.adapters.persistence.jooq.Tables.AUDIT_LOG;

/** The audit trail in {@code audit_log}; through the transaction-aware DSLContext it joins the caller's transaction. */
final class JooqAuditLog implements AuditLog {

    private final DSLContext sql;

    JooqAuditLog(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public void record(AuditEntry entry) {
        sql.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR_ID, entry.actorId())
                .set(AUDIT_LOG.ACTION, entry.action().name())
                .set(AUDIT_LOG.SUBJECT_TYPE, entry.subjectType())
                .set(AUDIT_LOG.SUBJECT_ID, entry.subjectId())
                .set(AUDIT_LOG.OWNER_ID, entry.ownerId())
                .set(AUDIT_LOG.AT, entry.at())
                .set(AUDIT_LOG.SOURCE_IP, entry.sourceIp())
                .execute();
    }
}
