package dev.stride.domain.audit;

public enum AuditAction {
    SOFT_DELETE, RESTORE, PERMANENT_DELETE, PURGE,
    /** A spent refresh token was presented again: two parties hold it (a theft signal); its family was revoked. */
    REFRESH_TOKEN_REUSE,
    /** The failed-login policy started refusing logins to the account. */
    LOCKOUT,
    /** The user changed their display name. */
    PROFILE_UPDATE,
    /** The user changed their password; every other session was revoked. */
    PASSWORD_CHANGE,
    /** The user ended every session of theirs. */
    LOGOUT_ALL
}
