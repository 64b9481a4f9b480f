package dev.stride.domain.audit;

public enum AuditAction {
    SOFT_DELETE, RESTORE, PERMANENT_DELETE, PURGE,
    /** The user changed their display name. */
    PROFILE_UPDATE,
    /** The user changed their password; every other session was revoked. */
    PASSWORD_CHANGE,
    /** The user ended every session of theirs. */
    LOGOUT_ALL
}
