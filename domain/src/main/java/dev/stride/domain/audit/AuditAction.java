package dev.stride.domain.audit;

public enum AuditAction {
    SOFT_DELETE, RESTORE, PERMANENT_DELETE, PURGE
}
