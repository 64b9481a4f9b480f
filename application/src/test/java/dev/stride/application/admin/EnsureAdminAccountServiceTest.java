package dev.stride.application.admin;

import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase.Outcome;
import dev.stride.application.testing.Accounts;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.domain.shared.ValidationException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnsureAdminAccountServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
    private final EnsureAdminAccountService service = new EnsureAdminAccountService(users, hasher, clock);

    @Test
    void createsTheAdminOnceAndLeavesItAloneAfterwards() {
        assertThat(service.ensureAdmin(" Admin@Example.org ", "admin password")).isEqualTo(Outcome.CREATED);
        assertThat(service.ensureAdmin("admin@example.org", "a changed password")).isEqualTo(Outcome.ALREADY_EXISTS);

        User admin = users.findLiveByEmail(new Email("admin@example.org")).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(hasher.matches("admin password", admin.passwordHash())).isTrue();
        assertThat(users.all()).hasSize(1);
    }

    @Test
    void aLiveOrdinaryAccountWithTheEmailIsNotPromoted() {
        Accounts.register(users, "admin@example.org", Role.USER, clock.instant());

        assertThat(service.ensureAdmin("admin@example.org", "admin password")).isEqualTo(Outcome.TAKEN_BY_NON_ADMIN);

        assertThat(users.findLiveByEmail(new Email("admin@example.org")).orElseThrow().role()).isEqualTo(Role.USER);
    }

    @Test
    void aDeletedAdminIsReplacedByANewOne() {
        service.ensureAdmin("admin@example.org", "admin password");
        long first = users.findLiveByEmail(new Email("admin@example.org")).orElseThrow().id();
        users.softDelete(first, clock.instant());

        assertThat(service.ensureAdmin("admin@example.org", "admin password")).isEqualTo(Outcome.CREATED);
    }

    @Test
    void aBadEmailOrPasswordIsRefused() {
        assertThatThrownBy(() -> service.ensureAdmin("not-an-email", "admin password")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.ensureAdmin("admin@example.org", "short")).isInstanceOf(ValidationException.class);
        assertThat(users.all()).isEmpty();
    }

    @Test
    void losingTheRaceToAnotherInstanceCountsAsDone() {
        InMemoryUserRepository racing = new InMemoryUserRepository() {
            @Override
            public synchronized User insert(NewUser user) {
                super.insert(new NewUser(user.email(), "other-instance", user.displayName(), Role.ADMIN, user.createdAt()));
                return super.insert(user);
            }
        };

        assertThat(new EnsureAdminAccountService(racing, hasher, clock).ensureAdmin("admin@example.org", "admin password"))
                .isEqualTo(Outcome.ALREADY_EXISTS);
        assertThat(racing.all()).hasSize(1);
    }

    @Test
    void severalInstancesStartingAtOnceCreateOneAdmin() throws Exception {
        int instances = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Outcome>> starts = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            starts.add(() -> {
                start.await();
                return new EnsureAdminAccountService(users, hasher, clock).ensureAdmin("admin@example.org", "admin password");
            });
        }
        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(instances)) {
            List<Future<Outcome>> futures = starts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
        }

        assertThat(outcomes).containsOnlyOnce(Outcome.CREATED).containsOnly(Outcome.CREATED, Outcome.ALREADY_EXISTS);
        assertThat(users.all()).hasSize(1);
    }
}
