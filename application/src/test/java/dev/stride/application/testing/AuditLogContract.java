package dev.stride.application.testing;

import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AuditLog} adapter must do; run against the in-memory one and the PostgreSQL one. */
public abstract class AuditLogContract {

    /** Microseconds: the precision every adapter keeps. */
    private static final Instant AT = Instant.parse("2026-11-20T10:00:00.123456Z");

    protected abstract AuditLog log();

    /** Every entry recorded so far, in the order it was recorded. */
    protected abstract List<AuditEntry> entries();

    /** A new action that the store cannot hold (a database constraint that was not migrated) fails here, not in production. */
    @Test
    void keepsAnEntryOfEveryActionWithEveryFieldInOrder() {
        List<AuditEntry> recorded = Arrays.stream(AuditAction.values())
                .map(action -> new AuditEntry(7L, action, AuditEntry.ACTIVITY, 1000L + action.ordinal(), 42L,
                        AT.plusSeconds(action.ordinal()), "2001:db8:85a3:8d3:1319:8a2e:370:7348"))
                .toList();

        recorded.forEach(log()::record);

        assertThat(entries()).containsExactlyElementsOf(recorded);
    }

    @Test
    void anEntryNoRequestCausedHasNeitherActorNorSource() {
        AuditEntry purge = AuditEntry.ofUser(null, AuditAction.PURGE, 42, AT);
        AuditEntry lockout = AuditEntry.ofUser(null, AuditAction.LOCKOUT, 43, AT).from("203.0.113.7");

        log().record(purge);
        log().record(lockout);

        assertThat(entries()).containsExactly(purge, lockout);
    }

    @Test
    void anEntryMayOutliveWhatItIsAbout() {
        AuditEntry aboutARemovedRow = AuditEntry.ofActivity(7L, AuditAction.PERMANENT_DELETE, Long.MAX_VALUE, 42, AT);

        log().record(aboutARemovedRow);

        assertThat(entries()).containsExactly(aboutARemovedRow);
    }
}
