package dev.stride.application.user;

import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeDisplayNameServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ChangeDisplayNameService service = new ChangeDisplayNameService(users, audit, transactions, clock);
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    @Test
    void renamesAndAuditsInOneTransaction() {
        User renamed = service.changeDisplayName(ann.id(), "Annie");

        assertThat(renamed.displayName()).isEqualTo("Annie");
        assertThat(users.findLiveById(ann.id()).orElseThrow().displayName()).isEqualTo("Annie");
        assertThat(transactions.committed()).isEqualTo(1);
        assertThat(audit.entries()).containsExactly(
                new AuditEntry(ann.id(), AuditAction.PROFILE_UPDATE, AuditEntry.USER, ann.id(), ann.id(), clock.instant()));
    }

    @Test
    void anInvalidNameChangesNothing() {
        for (String invalid : new String[]{null, " ", "x".repeat(101)}) {
            assertThatThrownBy(() -> service.changeDisplayName(ann.id(), invalid)).isInstanceOf(ValidationException.class);
        }
        assertThat(users.findLiveById(ann.id())).contains(ann);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void aClosedAccountIsNotFound() {
        users.softDelete(ann.id(), clock.instant());
        assertThatThrownBy(() -> service.changeDisplayName(ann.id(), "Annie")).isInstanceOf(NotFoundException.class);
    }
}
