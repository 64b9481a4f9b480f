package dev.stride.application.admin;

import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.CountingSecurityMetrics;
import dev.stride.application.testing.CacheProbe;
import dev.stride.application.testing.EventLog;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermanentlyDeleteActivityServiceTest {

    private static final String IP = "2001:db8::7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryActivityRepository activities = new InMemoryActivityRepository(users);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final CacheProbe cache = new CacheProbe(transactions, activities);
    private final EventLog events = new EventLog(transactions);
    private final CountingSecurityMetrics metrics = new CountingSecurityMetrics();
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions,
            List.of(cache.subscriber(), new SecurityEvents(audit, metrics, users, clock), events));
    private final PermanentlyDeleteActivityService service =
            new PermanentlyDeleteActivityService(activities, audit, unitOfWork, clock);
    private final User admin = Accounts.register(users, "admin@example.org", Role.ADMIN, clock.instant());
    private final User ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant());

    private Activity logged() {
        return activities.insert(ann.id(), new ActivityDetails(ActivityType.ROWING, null, null, 30, null, null, null,
                LocalDate.of(2026, 11, 19)), clock.instant());
    }

    @Test
    void removesALiveActivityForGoodAuditedWithItsOwner() {
        Activity activity = logged();
        cache.prime(ann.id());

        service.deletePermanently(admin.id(), activity.id(), IP);

        assertThat(activities.all()).isEmpty();
        assertThat(audit.entries()).containsExactly(new AuditEntry(admin.id(), AuditAction.PERMANENT_DELETE,
                AuditEntry.ACTIVITY, activity.id(), ann.id(), clock.instant(), IP));
        assertThat(events.heard()).containsExactly(new ActivitiesChanged(ann.id()), new AdminActed(admin.id()));
        assertThat(events.heardBeforeCommit()).isFalse();
        assertThat(cache.invalidatedBeforeCommit()).isFalse();
        assertThat(cache.retired(ann.id())).isTrue();
        assertThat(metrics.counted(SecurityEvent.ADMIN_ACTION)).isEqualTo(1);
    }

    @Test
    void removesOneInTheTrashToo() {
        Activity activity = logged();
        activities.softDelete(ann.id(), activity.id(), clock.instant());

        service.deletePermanently(admin.id(), activity.id(), IP);

        assertThat(activities.all()).isEmpty();
    }

    @Test
    void anUnknownActivityIsNotFoundAndAuditsNothing() {
        Activity activity = logged();
        service.deletePermanently(admin.id(), activity.id(), IP);
        cache.prime(ann.id());

        assertThatThrownBy(() -> service.deletePermanently(admin.id(), activity.id(), IP)).isInstanceOf(NotFoundException.class);
        assertThat(audit.entries()).hasSize(1);
        assertThat(events.heard()).as("the first delete's only").hasSize(2);
        assertThat(metrics.counted(SecurityEvent.ADMIN_ACTION)).isEqualTo(1);
        assertThat(cache.retired(ann.id())).isFalse();
    }
}
