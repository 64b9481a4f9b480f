package dev.stride.application.admin;

import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase;
import dev.stride.application.port.in.user.RegisterUserCommand;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;

import java.time.Clock;
import java.util.Optional;

/**
 * Creates the configured admin account at start-up. Every instance runs it; the database's unique
 * index on live emails decides the race, and losing it means another instance created the account.
 * An existing account is never changed (its password may have been changed since).
 */
public final class EnsureAdminAccountService implements EnsureAdminAccountUseCase {

    static final String DISPLAY_NAME = "Administrator";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public EnsureAdminAccountService(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    @Override
    public Outcome ensureAdmin(String email, String password) {
        RegisterUserCommand admin = RegisterUserCommand.of(email, password, DISPLAY_NAME);
        Optional<Outcome> existing = existing(admin.email());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            users.insert(new NewUser(admin.email(), hasher.hash(admin.password()), DISPLAY_NAME, Role.ADMIN, clock.instant()));
            return Outcome.CREATED;
        } catch (ConflictException lostTheRace) {
            return existing(admin.email()).orElseThrow(() -> lostTheRace);
        }
    }

    private Optional<Outcome> existing(Email email) {
        return users.findLiveByEmail(email).map(User::isAdmin)
                .map(isAdmin -> isAdmin ? Outcome.ALREADY_EXISTS : Outcome.TAKEN_BY_NON_ADMIN);
    }
}
