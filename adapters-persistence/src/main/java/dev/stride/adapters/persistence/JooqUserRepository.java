package dev.stride.adapters.persistence;

import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.User;
import org.jooq.DSLContext;

import java.util.Optional;

import static dev.stride.adapters.persistence.jooq.Tables.USERS;

/** Accounts in PostgreSQL; {@code users_live_email_uq} keeps one live account per email. */
final class JooqUserRepository implements UserRepository {

    private final DSLContext dsl;

    JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * {@code ON CONFLICT DO NOTHING} on the live-email index instead of catching the unique
     * violation: a taken email then leaves the caller's transaction usable (PostgreSQL aborts a
     * transaction on any error), and two racing sign-ups still get exactly one winner.
     */
    @Override
    public User insert(NewUser user) {
        return dsl.insertInto(USERS)
                .set(UserMapper.newUserRecord(user))
                .onConflict(USERS.EMAIL).where(USERS.DELETED_AT.isNull())
                .doNothing()
                .returning()
                .fetchOptional(UserMapper::toUser)
                .orElseThrow(() -> new ConflictException("email already registered"));
    }

    @Override
    public Optional<User> findLiveByEmail(Email email) {
        return dsl.selectFrom(USERS)
                .where(USERS.EMAIL.eq(email.value()), USERS.DELETED_AT.isNull())
                .fetchOptional(UserMapper::toUser);
    }

    @Override
    public Optional<User> findLiveById(long userId) {
        return dsl.selectFrom(USERS)
                .where(USERS.ID.eq(userId), USERS.DELETED_AT.isNull())
                .fetchOptional(UserMapper::toUser);
    }
}
