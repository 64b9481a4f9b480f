package dev.stride.domain.audit;

public enum AuditAction {
    SOFT_DELETE, RESTORE, PERMANENT_DELETE, PURGE,
    /** A spent refresh token was presented again: two parties hold it (a theft signal); its family was revoked. */
    REFRESH_TOKEN_REUSE,
    /** The failed-login policy started refusing logins to the account. */
    LOCKOUT
}
