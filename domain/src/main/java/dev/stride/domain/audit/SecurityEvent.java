package dev.stride.domain.audit;

import java.util.Locale;

/** What the security metrics count (each is also written to the audit trail). */
public enum SecurityEvent {
    REFRESH_TOKEN_REUSE, LOCKOUT, ADMIN_ACTION;

    /** The metric's {@code event} label: {@code refresh_token_reuse}, {@code lockout}, {@code admin_action}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
