package dev.stride.application.user;

import dev.stride.application.testing.TestRateLimits;
import dev.stride.application.port.in.user.LogInCommand;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.application.testing.SwitchableSessionStore;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.SpendOutcome;
import dev.stride.domain.ratelimit.TooManyFailedLoginsException;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.shared.OverloadedException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogInServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final Duration REFRESH_TTL = Duration.ofDays(30);

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingHasher hasher = new CountingHasher();
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final LogInService service = new LogInService(users, hasher, sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
    private final User ann = users.insert(
            new NewUser(new Email("ann@example.org"), hasher.hash("correct horse"), "Ann", Role.USER, NOW));

    @Test
    void theRightPasswordLogsIn() {
        assertThat(service.logIn(new LogInCommand("ann@example.org", "correct horse")).user()).isEqualTo(ann);
    }

    @Test
    void eachLoginOpensASessionOfItsOwnStoredOnlyAsAHash() {
        RefreshToken first = service.logIn(new LogInCommand("ann@example.org", "correct horse")).refreshToken();
        RefreshToken second = service.logIn(new LogInCommand("ann@example.org", "correct horse")).refreshToken();

        assertThat(first.value()).isNotEqualTo(second.value()).hasSizeGreaterThanOrEqualTo(43);
        SpendOutcome.Spent spent = (SpendOutcome.Spent) sessions.spend(first.hash());
        assertThat(spent.session().userId()).isEqualTo(ann.id());
        assertThat(spent.session().expiresAt()).isEqualTo(NOW.plus(REFRESH_TTL));
        assertThat(((SpendOutcome.Spent) sessions.spend(second.hash())).session().familyId())
                .isNotEqualTo(spent.session().familyId());
        assertThat(sessions.spend(first.value())).as("the raw token is no key").isEqualTo(SpendOutcome.UNKNOWN);
    }

    @Test
    void aFailedLoginOpensNoSession() {
        assertThatThrownBy(() -> new LogInService(users, hasher, SwitchableSessionStore.unreachable(), clock, REFRESH_TTL, TestRateLimits.failedLogins(clock))
                .logIn(new LogInCommand("ann@example.org", "wrong horse")))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void theEmailMayBeTypedInAnyCase() {
        assertThat(service.logIn(new LogInCommand(" Ann@Example.ORG ", "correct horse")).user()).isEqualTo(ann);
    }

    @Test
    void aWrongPasswordFails() {
        assertThatThrownBy(() -> service.logIn(new LogInCommand("ann@example.org", "Correct horse")))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void anUnknownEmailFailsTheSameWayAfterComparingAHashAsWell() {
        int before = hasher.comparisons.get();

        assertThatThrownBy(() -> service.logIn(new LogInCommand("bob@example.org", "correct horse")))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(hasher.comparisons.get() - before).isEqualTo(1);
    }

    @Test
    void malformedOrMissingCredentialsFailTheSameWay() {
        assertThatThrownBy(() -> service.logIn(new LogInCommand("not an email", "correct horse")))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> service.logIn(new LogInCommand(null, "correct horse")))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> service.logIn(new LogInCommand("ann@example.org", null)))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aDeletedAccountCannotLogIn() {
        users.softDelete(ann.id(), NOW);

        assertThatThrownBy(() -> service.logIn(new LogInCommand("ann@example.org", "correct horse")))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void aHashMadeWithOlderSettingsIsUpgradedAtLoginAndTheNewOneWorks() {
        GenerationalHasher generations = new GenerationalHasher();
        LogInService upgrading = new LogInService(users, generations, sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
        User bob = users.insert(new NewUser(new Email("bob@example.org"), "v1:open sesame", "Bob", Role.USER, NOW));

        assertThat(upgrading.logIn(new LogInCommand("bob@example.org", "open sesame")).user().id()).isEqualTo(bob.id());

        assertThat(users.findLiveById(bob.id()).orElseThrow().passwordHash()).isEqualTo("v2:open sesame");
        assertThat(upgrading.logIn(new LogInCommand("bob@example.org", "open sesame")).user().id()).isEqualTo(bob.id());
        assertThat(generations.hashes.get()).as("the decoy and one upgrade, none for a current hash").isEqualTo(2);
    }

    @Test
    void aWrongPasswordUpgradesNothing() {
        LogInService upgrading = new LogInService(users, new GenerationalHasher(), sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
        User bob = users.insert(new NewUser(new Email("bob@example.org"), "v1:open sesame", "Bob", Role.USER, NOW));

        assertThatThrownBy(() -> upgrading.logIn(new LogInCommand("bob@example.org", "open says me")))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(users.findLiveById(bob.id()).orElseThrow().passwordHash()).isEqualTo("v1:open sesame");
    }

    @Test
    void whenHashingIsSaturatedTheLoginStillSucceedsAndTheUpgradeWaitsForALaterOne() {
        GenerationalHasher generations = new GenerationalHasher();
        LogInService upgrading = new LogInService(users, generations, sessions, clock, REFRESH_TTL, TestRateLimits.failedLogins(clock));
        User bob = users.insert(new NewUser(new Email("bob@example.org"), "v1:open sesame", "Bob", Role.USER, NOW));
        generations.saturated = true;

        assertThat(upgrading.logIn(new LogInCommand("bob@example.org", "open sesame")).user().id()).isEqualTo(bob.id());
        assertThat(users.findLiveById(bob.id()).orElseThrow().passwordHash()).isEqualTo("v1:open sesame");
    }

    /** Hashes "v2:" now and still reads the older "v1:", as a hasher whose settings were raised does. */
    private static final class GenerationalHasher implements PasswordHasher {

        final AtomicInteger hashes = new AtomicInteger();
        volatile boolean saturated;

        @Override
        public String hash(String rawPassword) {
            if (saturated) {
                throw new OverloadedException("saturated", Duration.ofSeconds(1));
            }
            hashes.incrementAndGet();
            return "v2:" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return hash.equals("v1:" + rawPassword) || hash.equals("v2:" + rawPassword);
        }

        @Override
        public boolean needsRehash(String hash) {
            return hash.startsWith("v1:");
        }
    }

    /** Counts comparisons, so a test can see that an unknown email costs a hash comparison too. */
    private static final class CountingHasher extends PlainTextPasswordHasher {

        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public boolean matches(String rawPassword, String hash) {
            comparisons.incrementAndGet();
            return super.matches(rawPassword, hash);
        }
    }

    @Test
    void aBotnetGuessingOnePasswordFromManyAddressesIsStoppedAtTheAccountsQuotaEvenForTheRightPassword() {
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> service.logIn(new LogInCommand("ann@example.org", "guess")))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        int hashesBefore = hasher.comparisons.get();

        assertThatThrownBy(() -> service.logIn(new LogInCommand("ann@example.org", "correct horse")))
                .isInstanceOf(TooManyFailedLoginsException.class);
        assertThat(hasher.comparisons.get()).as("no password is even checked").isEqualTo(hashesBefore);
    }

    @Test
    void unknownEmailsAreThrottledAlikeSoTheThrottleRevealsNoAccount() {
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> service.logIn(new LogInCommand("nobody@example.org", "guess")))
                    .isInstanceOf(AuthenticationFailedException.class);
        }

        assertThatThrownBy(() -> service.logIn(new LogInCommand("nobody@example.org", "guess")))
                .isInstanceOf(TooManyFailedLoginsException.class);
    }
}
