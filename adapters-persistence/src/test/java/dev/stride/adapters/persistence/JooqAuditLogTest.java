package dev.stride.adapters.persistence;

import dev.stride.application.testing.AuditLogContract;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static dev.stride.adapters.persistence.jooq.Tables.AUDIT_LOG;

class JooqAuditLogTest extends AuditLogContract {

    private final JooqAuditLog log = new JooqAuditLog(TestDatabase.dsl());

    @BeforeEach
    void startEmpty() {
        TestDatabase.empty();
    }

    @Override
    protected AuditLog log() {
        return log;
    }

    @Override
    protected List<AuditEntry> entries() {
        return TestDatabase.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch(row -> new AuditEntry(row.getActorId(),
                AuditAction.valueOf(row.getAction()), row.getSubjectType(), row.getSubjectId(), row.getOwnerId(),
                row.getAt(), row.getSourceIp()));
    }
}
