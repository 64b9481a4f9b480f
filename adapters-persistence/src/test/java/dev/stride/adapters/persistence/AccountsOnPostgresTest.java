package dev.stride.adapters.persistence;

import dev.stride.application.admin.PermanentlyDeleteActivityService;
import dev.stride.application.admin.RestoreUserService;
import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivityRemoved;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.user.DeleteAccountService;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.shared.NotFoundException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.stride.adapters.persistence.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account use cases' transactions on PostgreSQL: the change and its audit row commit together or not at all. */
class AccountsOnPostgresTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00.123456Z");
    private static final String IP = "2001:db8::42";

    private final DSLContext dsl = TestDatabase.dsl();
    private final JooqUserRepository users = new JooqUserRepository(dsl);
    private final JooqActivityRepository activities = new JooqActivityRepository(dsl);
    private final JooqAuditLog audit = new JooqAuditLog(dsl);
    private final JooqTransactions transactions = new JooqTransactions(TestDatabase.transactionManager());
    private final MutableClock clock = new MutableClock(NOW);
    private final AuditLog brokenAudit = entry -> {
        audit.record(entry);
        throw new IllegalStateException("audit write failed");
    };
    /** What the writes published: only what committed. */
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private final UnitOfWork unitOfWork = new UnitOfWork(transactions, List.of(published::add));
    private User ann;

    @BeforeEach
    void startWithAnn() {
        TestDatabase.empty();
        ann = users.insert(new NewUser(new Email("ann@example.org"), "hash", "Ann", Role.USER, NOW.minusSeconds(60)));
    }

    private DeleteAccountService deleteAccount(AuditLog auditLog) {
        return new DeleteAccountService(users, auditLog, unitOfWork, clock);
    }

    @Test
    void closingAnAccountWritesTheDeleteAndItsAuditRowTogether() {
        deleteAccount(audit).deleteAccount(ann.id());

        assertThat(users.findLiveById(ann.id())).isEmpty();
        assertThat(dsl.selectFrom(AUDIT_LOG).fetch()).singleElement().satisfies(row -> {
            assertThat(row.getActorId()).isEqualTo(ann.id());
            assertThat(row.getAction()).isEqualTo("SOFT_DELETE");
            assertThat(row.getSubjectType()).isEqualTo("user");
            assertThat(row.getSubjectId()).isEqualTo(ann.id());
            assertThat(row.getOwnerId()).isEqualTo(ann.id());
            assertThat(row.getAt()).isEqualTo(NOW);
        });
        assertThat(published).containsExactly(new AccountClosed(ann.id()));
    }

    @Test
    void whenTheAuditRowCannotBeWrittenTheAccountStaysLive() {
        assertThatThrownBy(() -> deleteAccount(brokenAudit).deleteAccount(ann.id())).hasMessage("audit write failed");

        assertThat(users.findLiveById(ann.id())).contains(ann);
        assertThat(dsl.fetchCount(AUDIT_LOG)).isZero();
        assertThat(published).as("nothing revoked for an account that stayed live").isEmpty();
    }

    @Test
    void aRestoreThatCannotBeAuditedRestoresNothing() {
        users.softDelete(ann.id(), NOW);

        assertThatThrownBy(() -> new RestoreUserService(users, brokenAudit, unitOfWork, clock).restore(1, ann.id(), IP))
                .hasMessage("audit write failed");

        assertThat(users.findLiveById(ann.id())).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void aPermanentDeleteIsAuditedWithTheOwnerOrRolledBack() {
        Activity activity = activities.insert(ann.id(), new ActivityDetails(ActivityType.RUNNING, null, null, 30, null,
                null, null, LocalDate.of(2026, 11, 19)), NOW);

        assertThatThrownBy(() -> new PermanentlyDeleteActivityService(activities, brokenAudit, unitOfWork, clock)
                .deletePermanently(99, activity.id(), IP)).hasMessage("audit write failed");
        assertThat(activities.findLive(ann.id(), activity.id())).contains(activity);
        assertThat(published).isEmpty();

        new PermanentlyDeleteActivityService(activities, audit, unitOfWork, clock).deletePermanently(99, activity.id(), IP);

        assertThat(activities.findLive(ann.id(), activity.id())).isEmpty();
        assertThat(dsl.selectFrom(AUDIT_LOG).fetch()).singleElement().satisfies(row -> assertThat(
                new AuditEntry(row.getActorId(), AuditAction.valueOf(row.getAction()), row.getSubjectType(),
                        row.getSubjectId(), row.getOwnerId(), row.getAt(), row.getSourceIp()))
                .isEqualTo(AuditEntry.ofActivity(99L, AuditAction.PERMANENT_DELETE, activity.id(), ann.id(), NOW).from(IP)));
        assertThat(published).containsExactly(new ActivityRemoved(ann.id(), activity.id()), new AdminActed(99));
        assertThatThrownBy(() -> new PermanentlyDeleteActivityService(activities, audit, unitOfWork, clock)
                .deletePermanently(99, activity.id(), IP)).isInstanceOf(NotFoundException.class);
    }
}
