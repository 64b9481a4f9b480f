package dev.stride.application;

import dev.stride.application.activity.ActivityQuota;
import dev.stride.application.activity.CreateActivityService;
import dev.stride.application.activity.DeleteActivityService;
import dev.stride.application.activity.ImportActivitiesService;
import dev.stride.application.activity.RestoreActivityService;
import dev.stride.application.activity.UpdateActivityService;
import dev.stride.application.admin.PermanentlyDeleteActivityService;
import dev.stride.application.admin.RestoreUserService;
import dev.stride.application.event.DomainEvent;
import dev.stride.application.event.DomainEvent.AccountClosed;
import dev.stride.application.event.DomainEvent.ActivitiesChanged;
import dev.stride.application.event.DomainEvent.ActivityWritten;
import dev.stride.application.event.DomainEvent.AdminActed;
import dev.stride.application.event.DomainEvent.PasswordChanged;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.application.port.in.activity.ExportActivitiesUseCase;
import dev.stride.application.port.in.activity.GetActivityUseCase;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.application.port.in.activity.ListActivitiesUseCase;
import dev.stride.application.port.in.activity.ListTrashUseCase;
import dev.stride.application.port.in.activity.RestoreActivityUseCase;
import dev.stride.application.port.in.activity.UpdateActivityCommand;
import dev.stride.application.port.in.activity.UpdateActivityUseCase;
import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase;
import dev.stride.application.port.in.admin.ListUsersUseCase;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.application.port.in.idempotency.IdempotentRequestsUseCase;
import dev.stride.application.port.in.ratelimit.CheckRateLimitUseCase;
import dev.stride.application.port.in.ratelimit.GetRateLimitStandingUseCase;
import dev.stride.application.port.in.ratelimit.ReloadRateLimitPoliciesUseCase;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase;
import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import dev.stride.application.port.in.session.LogOutEverywhereUseCase;
import dev.stride.application.port.in.session.LogOutUseCase;
import dev.stride.application.port.in.session.RefreshSessionUseCase;
import dev.stride.application.port.in.stats.GetStatisticsUseCase;
import dev.stride.application.port.in.user.ChangeDisplayNameUseCase;
import dev.stride.application.port.in.user.ChangePasswordCommand;
import dev.stride.application.port.in.user.ChangePasswordUseCase;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.application.port.in.user.GetCurrentUserUseCase;
import dev.stride.application.port.in.user.LogInUseCase;
import dev.stride.application.port.in.user.RegisterUserUseCase;
import dev.stride.application.ratelimit.FailedLoginThrottle;
import dev.stride.application.retention.PurgeSoftDeletedService;
import dev.stride.application.session.SessionRevocation;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.EventLog;
import dev.stride.application.testing.InMemoryActivityRepository;
import dev.stride.application.testing.InMemoryAuditLog;
import dev.stride.application.testing.InMemoryExclusiveRunner;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryTransactions;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.user.ChangePasswordService;
import dev.stride.application.user.DeleteAccountService;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.user.Role;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever must follow a write (retiring cached reads, ending sessions, counting admin actions)
 * hangs off the events the write publishes, so a write that forgets its event is a stale cache or a
 * live session. Every use case behind an inbound port is found here by scanning the ports, and must
 * be classified: a write that publishes (and this test runs it and checks what it published, after
 * its commit), or a use case that has nothing to publish, with the reason. A new use case fails the
 * test until whoever adds it decides.
 */
class EveryWritePublishesWhatItChangedTest {

    private static final String INBOUND_PORTS = "dev.stride.application.port.in";

    /** The writes whose changes others must hear of: each runs in a fresh world and names what it must publish. */
    private static final Map<Class<?>, Function<World, List<DomainEvent>>> PUBLISHING_WRITES = Map.ofEntries(
            entry(CreateActivityUseCase.class, world -> {
                Activity created = world.create.create(world.ann, World.RUN);
                return List.of(new ActivityWritten(created));
            }),
            entry(UpdateActivityUseCase.class, world -> {
                Activity updated = world.update.update(new UpdateActivityCommand(world.ann, world.logged().id(), World.RUN, null));
                return List.of(new ActivityWritten(updated));
            }),
            entry(DeleteActivityUseCase.class, world -> {
                world.delete.delete(world.ann, world.logged().id());
                return List.of(new ActivitiesChanged(world.ann));
            }),
            entry(RestoreActivityUseCase.class, world -> {
                Activity trashed = world.trashed(world.clock.instant());
                return List.of(new ActivityWritten(world.restore.restore(world.ann, trashed.id())));
            }),
            entry(ImportActivitiesUseCase.class, world -> {
                world.importer.importAll(world.ann, List.of(World.RUN, World.RUN));
                return List.of(new ActivitiesChanged(world.ann));
            }),
            entry(DeleteAccountUseCase.class, world -> {
                world.deleteAccount.deleteAccount(world.ann);
                return List.of(new AccountClosed(world.ann));
            }),
            entry(ChangePasswordUseCase.class, world -> {
                world.changePassword.changePassword(new ChangePasswordCommand(world.ann, "kept-session",
                        Accounts.PASSWORD, "a brand new passphrase"));
                return List.of(new PasswordChanged(world.ann, "kept-session"));
            }),
            entry(PermanentlyDeleteActivityUseCase.class, world -> {
                world.permanentlyDelete.deletePermanently(world.admin, world.logged().id(), "203.0.113.7");
                return List.of(new ActivitiesChanged(world.ann), new AdminActed(world.admin));
            }),
            entry(RestoreUserUseCase.class, world -> {
                world.users.softDelete(world.ann, world.clock.instant());
                world.restoreUser.restore(world.admin, world.ann, "203.0.113.7");
                return List.of(new ActivitiesChanged(world.ann), new AdminActed(world.admin));
            }),
            entry(PurgeSoftDeletedUseCase.class, world -> {
                world.trashed(world.clock.instant().minus(World.RETENTION).minusSeconds(1));
                world.purge.purge();
                return List.of(new ActivitiesChanged(world.ann));
            }));

    /** The use cases that publish nothing, and why nobody needs to hear of them. */
    private static final Map<Class<?>, String> NOTHING_TO_PUBLISH = Map.ofEntries(
            entry(ChangeDisplayNameUseCase.class, "writes the profile and its audit row: nothing cached or revoked depends on a display name"),
            entry(RegisterUserUseCase.class, "a new account has no cached reads and no sessions yet"),
            entry(EnsureAdminAccountUseCase.class, "creates an account at start-up, like registering"),
            entry(LogInUseCase.class, "opens a session in the session store, and may store a stronger hash of the same password, which changes nothing another reader sees"),
            entry(LogOutEverywhereUseCase.class, "ends the sessions itself, before its audit row commits: a session store that is down must fail the request with nothing recorded as done"),
            entry(LogOutUseCase.class, "writes the session store only, which is itself the record of sessions"),
            entry(RefreshSessionUseCase.class, "writes the session store only, which is itself the record of sessions"),
            entry(CheckRateLimitUseCase.class, "counts in the rate limiter only"),
            entry(IdempotentRequestsUseCase.class, "records requests in the idempotency store only"),
            entry(ReloadRateLimitPoliciesUseCase.class, "replaces this instance's policies in memory"),
            entry(GetActivityUseCase.class, "reads only"),
            entry(ListActivitiesUseCase.class, "reads only"),
            entry(ListTrashUseCase.class, "reads only"),
            entry(ExportActivitiesUseCase.class, "reads only"),
            entry(GetStatisticsUseCase.class, "reads only"),
            entry(GetCurrentUserUseCase.class, "reads only"),
            entry(ListUsersUseCase.class, "reads only"),
            entry(CheckAccessTokenUseCase.class, "reads only"),
            entry(GetRateLimitStandingUseCase.class, "reads only"));

    @Test
    void everyUseCaseIsClassifiedExactlyOnce() throws Exception {
        List<Class<?>> useCases = inboundUseCases();

        assertThat(useCases).as("the scan finds the use cases").contains(CreateActivityUseCase.class, LogInUseCase.class);
        assertThat(PUBLISHING_WRITES.keySet()).doesNotContainAnyElementsOf(NOTHING_TO_PUBLISH.keySet());
        assertThat(Stream.concat(PUBLISHING_WRITES.keySet().stream(), NOTHING_TO_PUBLISH.keySet().stream()))
                .as("every use case says what it publishes, or why nothing: add the new ones above")
                .containsExactlyInAnyOrderElementsOf(useCases);
    }

    static Stream<Named<Class<?>>> publishingWrites() {
        return PUBLISHING_WRITES.keySet().stream().map(useCase -> Named.of(useCase.getSimpleName(), useCase));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishingWrites")
    void theWritePublishesWhatItChangedOnceItCommitted(Class<?> useCase) {
        World world = new World();

        List<DomainEvent> expected = PUBLISHING_WRITES.get(useCase).apply(world);

        assertThat(world.events.heard()).containsExactlyElementsOf(expected);
        assertThat(world.events.heardBeforeCommit()).isFalse();
    }

    /** Every interface named {@code ...UseCase} in the inbound ports' packages, read from the compiled classes. */
    private static List<Class<?>> inboundUseCases() throws IOException, URISyntaxException {
        Path classes = Path.of(CreateActivityUseCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve(INBOUND_PORTS.replace('.', '/')))) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith("UseCase.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(Class::isInterface)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every publishing write on in-memory adapters, one account (Ann) with an activity or two, an admin. */
    private static final class World {

        static final ActivityDetails RUN =
                new ActivityDetails(ActivityType.RUNNING, null, null, 30, null, null, null, LocalDate.of(2026, 11, 20));
        static final Duration RETENTION = Duration.ofDays(30);

        final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
        final InMemoryUserRepository users = new InMemoryUserRepository();
        final InMemoryActivityRepository activities = new InMemoryActivityRepository(users);
        final InMemoryAuditLog audit = new InMemoryAuditLog();
        final InMemoryTransactions transactions = new InMemoryTransactions();
        final EventLog events = new EventLog(transactions);
        final UnitOfWork unitOfWork = new UnitOfWork(transactions, List.of(events));
        final ActivityQuota quota = new ActivityQuota(activities, 100);
        final long ann = Accounts.register(users, "ann@example.org", Role.USER, clock.instant()).id();
        final long admin = Accounts.register(users, "admin@example.org", Role.ADMIN, clock.instant()).id();

        final CreateActivityService create = new CreateActivityService(activities, quota, unitOfWork, clock);
        final UpdateActivityService update = new UpdateActivityService(activities, unitOfWork, clock);
        final DeleteActivityService delete = new DeleteActivityService(activities, audit, unitOfWork, clock);
        final RestoreActivityService restore = new RestoreActivityService(activities, quota, audit, unitOfWork, clock);
        final ImportActivitiesService importer = new ImportActivitiesService(activities, quota, unitOfWork, clock);
        final DeleteAccountService deleteAccount = new DeleteAccountService(users, audit, unitOfWork, clock);
        final ChangePasswordService changePassword = new ChangePasswordService(users, new PlainTextPasswordHasher(), audit,
                unitOfWork, new SessionRevocation(new InMemorySessionStore(clock), clock, Duration.ofMinutes(15)),
                new NoThrottle(), clock);
        final PermanentlyDeleteActivityService permanentlyDelete =
                new PermanentlyDeleteActivityService(activities, audit, unitOfWork, clock);
        final RestoreUserService restoreUser = new RestoreUserService(users, audit, unitOfWork, clock);
        final PurgeSoftDeletedService purge = new PurgeSoftDeletedService(activities, users, audit, unitOfWork,
                new InMemoryExclusiveRunner(), clock, RETENTION, 10);

        Activity logged() {
            return activities.insert(ann, RUN, clock.instant());
        }

        Activity trashed(Instant when) {
            Activity activity = logged();
            activities.softDelete(ann, activity.id(), when);
            return activity;
        }
    }

    private static final class NoThrottle implements FailedLoginThrottle {

        @Override
        public void requireAttemptsLeft(String account) {
        }

        @Override
        public void failed(String account) {
        }
    }
}
