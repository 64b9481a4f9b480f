package dev.stride.application.testing;

import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link UserRepository} does, written once and run against each implementation (in
 * memory here, jOOQ on PostgreSQL in adapters-persistence).
 */
public abstract class UserRepositoryContract {

    protected static final Instant CREATED = Instant.parse("2026-11-20T07:15:00.123456Z");
    protected static final Instant LATER = CREATED.plusSeconds(60);

    /** The repository under test. */
    protected abstract UserRepository users();

    /** Soft-deletes the account, as closing it does. */
    protected abstract void softDelete(long userId, Instant now);

    @Test
    void insertAssignsAnIdAndKeepsEveryField() {
        User stored = users().insert(newUser("ann@example.org"));

        assertThat(stored.email()).isEqualTo(new Email("ann@example.org"));
        assertThat(stored.passwordHash()).isEqualTo("hash-of-ann@example.org");
        assertThat(stored.displayName()).isEqualTo("Ann");
        assertThat(stored.role()).isEqualTo(Role.USER);
        assertThat(stored.createdAt()).isEqualTo(CREATED);
        assertThat(stored.deletedAt()).isNull();
        assertThat(users().findLiveById(stored.id())).contains(stored);
        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).contains(stored);
    }

    @Test
    void keepsAdminsAndTheLongestValuesTheDomainAllows() {
        Email longest = new Email("a".repeat(320 - "@example.org".length()) + "@example.org");
        NewUser admin = new NewUser(longest, "h".repeat(255), "Zoë ".repeat(25), Role.ADMIN, CREATED);

        User stored = users().insert(admin);

        assertThat(users().findLiveById(stored.id())).contains(admin.withId(stored.id()));
    }

    @Test
    void eachAccountGetsAnIdOfItsOwn() {
        User ann = users().insert(newUser("ann@example.org"));
        User bob = users().insert(newUser("bob@example.org"));

        assertThat(ann.id()).isNotEqualTo(bob.id());
        assertThat(users().findLiveById(bob.id())).contains(bob);
        assertThat(users().findLiveByEmail(new Email("bob@example.org"))).contains(bob);
    }

    @Test
    void findsAnAccountByEmailWhateverCaseItWasTypedIn() {
        User stored = users().insert(newUser(" Ann@Example.ORG "));

        assertThat(stored.email().value()).isEqualTo("ann@example.org");
        assertThat(users().findLiveByEmail(new Email("ANN@example.org"))).contains(stored);
    }

    @Test
    void aLiveEmailCannotBeTakenTwice() {
        User first = users().insert(newUser("ann@example.org"));
        NewUser again = new NewUser(new Email("ANN@example.org"), "other-hash", "Impostor", Role.USER, LATER);

        assertThatThrownBy(() -> users().insert(again)).isInstanceOf(ConflictException.class);

        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).contains(first);
    }

    @Test
    void unknownIdsAndEmailsAreNotFound() {
        User ann = users().insert(newUser("ann@example.org"));

        assertThat(users().findLiveById(ann.id() + 1000)).isEmpty();
        assertThat(users().findLiveByEmail(new Email("bob@example.org"))).isEmpty();
    }

    @Test
    void aSoftDeletedAccountIsNoLongerFound() {
        User ann = users().insert(newUser("ann@example.org"));
        User bob = users().insert(newUser("bob@example.org"));

        softDelete(ann.id(), LATER);

        assertThat(users().findLiveById(ann.id())).isEmpty();
        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).isEmpty();
        assertThat(users().findLiveById(bob.id())).contains(bob);
    }

    @Test
    void aSoftDeletedAccountFreesItsEmail() {
        User gone = users().insert(newUser("ann@example.org"));
        softDelete(gone.id(), LATER);

        User again = users().insert(newUser("ann@example.org"));
        softDelete(again.id(), LATER);
        User third = users().insert(newUser("Ann@example.org"));

        assertThat(third.id()).isNotIn(gone.id(), again.id());
        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).contains(third);
    }

    private static NewUser newUser(String email) {
        return new NewUser(new Email(email), "hash-of-" + new Email(email).value(), "Ann", Role.USER, CREATED);
    }
}
