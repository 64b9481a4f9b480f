package dev.stride.application.testing;

import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
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
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    /** The repository under test. */
    protected abstract UserRepository users();

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
    void replacesAPasswordHashOnlyWhileItIsTheOneExpected() {
        User ann = users().insert(newUser("ann@example.org"));
        User bob = users().insert(newUser("bob@example.org"));

        assertThat(users().replacePasswordHash(ann.id(), "stale-hash", "stronger")).isFalse();
        assertThat(users().findLiveById(ann.id()).orElseThrow().passwordHash()).isEqualTo(ann.passwordHash());

        assertThat(users().replacePasswordHash(ann.id(), ann.passwordHash(), "stronger")).isTrue();
        assertThat(users().findLiveById(ann.id()).orElseThrow().passwordHash()).isEqualTo("stronger");
        assertThat(users().findLiveById(bob.id())).contains(bob);
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

        users().softDelete(ann.id(), LATER);

        assertThat(users().findLiveById(ann.id())).isEmpty();
        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).isEmpty();
        assertThat(users().findLiveById(bob.id())).contains(bob);
    }

    @Test
    void aSoftDeletedAccountFreesItsEmail() {
        User gone = users().insert(newUser("ann@example.org"));
        users().softDelete(gone.id(), LATER);

        User again = users().insert(newUser("ann@example.org"));
        users().softDelete(again.id(), LATER);
        User third = users().insert(newUser("Ann@example.org"));

        assertThat(third.id()).isNotIn(gone.id(), again.id());
        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).contains(third);
    }

    @Test
    void aSoftDeleteIsOneConditionalChangeOfALiveAccount() {
        User ann = users().insert(newUser("ann@example.org"));

        assertThat(users().softDelete(ann.id(), LATER)).isTrue();
        assertThat(users().softDelete(ann.id(), LATER.plusSeconds(1))).isFalse();
        assertThat(users().softDelete(ann.id() + 1000, LATER)).isFalse();

        assertThat(users().findByDeleted(true, FIRST_PAGE).items())
                .containsExactly(withDeletedAt(ann, LATER));
    }

    @Test
    void aLiveAccountsDisplayNameAndPasswordHashChangeAndNothingElse() {
        User ann = users().insert(newUser("ann@example.org"));
        User bob = users().insert(newUser("bob@example.org"));

        User renamed = users().updateDisplayName(ann.id(), "Annie").orElseThrow();
        assertThat(users().updatePasswordHash(ann.id(), "new-hash")).isTrue();

        assertThat(renamed).isEqualTo(new User(ann.id(), ann.email(), ann.passwordHash(), "Annie", ann.role(),
                ann.createdAt(), null));
        assertThat(users().findLiveById(ann.id())).contains(new User(ann.id(), ann.email(), "new-hash", "Annie",
                ann.role(), ann.createdAt(), null));
        assertThat(users().findLiveById(bob.id())).contains(bob);
    }

    @Test
    void aClosedOrUnknownAccountIsNotChanged() {
        User ann = users().insert(newUser("ann@example.org"));
        users().softDelete(ann.id(), LATER);

        assertThat(users().updateDisplayName(ann.id(), "Annie")).isEmpty();
        assertThat(users().updatePasswordHash(ann.id(), "new-hash")).isFalse();
        assertThat(users().updateDisplayName(ann.id() + 1000, "Nobody")).isEmpty();
        assertThat(users().updatePasswordHash(ann.id() + 1000, "new-hash")).isFalse();
        assertThat(users().restore(ann.id()).orElseThrow().passwordHash()).isEqualTo(ann.passwordHash());
    }

    @Test
    void aRestoredAccountIsLiveAgainAsItWas() {
        User ann = users().insert(newUser("ann@example.org"));
        users().softDelete(ann.id(), LATER);

        assertThat(users().restore(ann.id())).contains(ann);

        assertThat(users().findLiveById(ann.id())).contains(ann);
        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).contains(ann);
        assertThat(users().findByDeleted(true, FIRST_PAGE).items()).isEmpty();
    }

    @Test
    void onlyASoftDeletedAccountCanBeRestored() {
        User ann = users().insert(newUser("ann@example.org"));

        assertThat(users().restore(ann.id())).isEmpty();
        assertThat(users().restore(ann.id() + 1000)).isEmpty();
    }

    @Test
    void restoringAnAccountWhoseEmailWasTakenMeanwhileIsAConflictAndChangesNothing() {
        User first = users().insert(newUser("ann@example.org"));
        users().softDelete(first.id(), LATER);
        User second = users().insert(newUser("ann@example.org"));

        assertThatThrownBy(() -> users().restore(first.id())).isInstanceOf(ConflictException.class);

        assertThat(users().findLiveByEmail(new Email("ann@example.org"))).contains(second);
        assertThat(users().findByDeleted(true, FIRST_PAGE).items()).containsExactly(withDeletedAt(first, LATER));
    }

    @Test
    void listsDeletedAccountsMostRecentlyDeletedFirstAndLiveOnesOldestFirstInPages() {
        User ann = users().insert(newUser("ann@example.org"));
        User bob = users().insert(newUser("bob@example.org"));
        User cid = users().insert(newUser("cid@example.org"));
        User dee = users().insert(newUser("dee@example.org"));
        users().softDelete(ann.id(), LATER);
        users().softDelete(cid.id(), LATER.plusSeconds(1));

        Page<User> deleted = users().findByDeleted(true, new PageRequest(0, 1));
        assertThat(deleted.items()).containsExactly(withDeletedAt(cid, LATER.plusSeconds(1)));
        assertThat(deleted.totalItems()).isEqualTo(2);
        assertThat(users().findByDeleted(true, new PageRequest(1, 1)).items()).containsExactly(withDeletedAt(ann, LATER));
        Page<User> live = users().findByDeleted(false, FIRST_PAGE);
        assertThat(live.items()).containsExactly(bob, dee);
        assertThat(live.totalItems()).isEqualTo(2);
        assertThat(users().findByDeleted(false, new PageRequest(5, 10)).items()).isEmpty();
    }

    @Test
    void thePurgeRemovesAccountsDeletedBeforeTheCutoffOldestFirstAtMostLimitRows() {
        User ann = users().insert(newUser("ann@example.org"));
        User bob = users().insert(newUser("bob@example.org"));
        User cid = users().insert(newUser("cid@example.org"));
        User recent = users().insert(newUser("dee@example.org"));
        User live = users().insert(newUser("eve@example.org"));
        users().softDelete(ann.id(), CREATED.plusSeconds(3));
        users().softDelete(bob.id(), CREATED.plusSeconds(1));
        users().softDelete(cid.id(), CREATED.plusSeconds(2));
        users().softDelete(recent.id(), LATER.plusSeconds(1));

        assertThat(users().purgeDeletedBefore(LATER, 2)).containsExactlyInAnyOrder(bob.id(), cid.id());
        assertThat(users().purgeDeletedBefore(LATER, 2)).containsExactly(ann.id());
        assertThat(users().purgeDeletedBefore(LATER, 2)).isEmpty();

        assertThat(users().restore(ann.id())).isEmpty();
        assertThat(users().findByDeleted(true, FIRST_PAGE).items()).extracting(User::id).containsExactly(recent.id());
        assertThat(users().findLiveById(live.id())).contains(live);
    }

    private static User withDeletedAt(User user, Instant deletedAt) {
        return new User(user.id(), user.email(), user.passwordHash(), user.displayName(), user.role(), user.createdAt(),
                deletedAt);
    }

    private static NewUser newUser(String email) {
        return new NewUser(new Email(email), "hash-of-" + new Email(email).value(), "Ann", Role.USER, CREATED);
    }
}
