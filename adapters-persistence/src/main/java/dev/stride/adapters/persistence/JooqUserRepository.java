package dev.stride.adapters.persistence;

import dev.stride.domain.port.UserRepository;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.User;
import dev.stride.adapters.persistence.jooq.tables.Users;
import dev.stride.adapters.persistence.jooq.tables.records.UsersRecord;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.UpdateConditionStep;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.stride.adapters.persistence.jooq.Tables.ACTIVITIES;
import static dev.stride.adapters.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

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

    @Override
    public boolean replacePasswordHash(long userId, String expectedHash, String newHash) {
        return dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, newHash)
                .where(USERS.ID.eq(userId), USERS.PASSWORD_HASH.eq(expectedHash))
                .execute() == 1;
    }

    @Override
    public Optional<User> updateDisplayName(long userId, String displayName) {
        return updateLive(userId, USERS.DISPLAY_NAME, displayName)
                .returning()
                .fetchOptional(UserMapper::toUser);
    }

    @Override
    public boolean updatePasswordHash(long userId, String passwordHash) {
        return updateLive(userId, USERS.PASSWORD_HASH, passwordHash).execute() == 1;
    }

    @Override
    public boolean softDelete(long userId, Instant now) {
        return updateLive(userId, USERS.DELETED_AT, now).execute() == 1;
    }

    /**
     * One conditional UPDATE that restores only while no live account has the email, so a taken
     * email leaves the transaction usable; when it changes nothing, a second look tells a taken email
     * (conflict) from an account that is not deleted (empty). A sign-up racing in between is caught
     * by {@code users_live_email_uq} all the same.
     */
    @Override
    public Optional<User> restore(long userId) {
        Users live = USERS.as("live");
        Optional<User> restored;
        try {
            restored = dsl.update(USERS)
                    .setNull(USERS.DELETED_AT)
                    .where(USERS.ID.eq(userId), USERS.DELETED_AT.isNotNull())
                    .andNotExists(selectOne().from(live).where(live.EMAIL.eq(USERS.EMAIL), live.DELETED_AT.isNull()))
                    .returning()
                    .fetchOptional(UserMapper::toUser);
        } catch (RuntimeException e) {
            if (UniqueViolation.causes(e)) {
                throw emailTaken();
            }
            throw e;
        }
        if (restored.isEmpty() && dsl.fetchExists(USERS, USERS.ID.eq(userId), USERS.DELETED_AT.isNotNull())) {
            throw emailTaken();
        }
        return restored;
    }

    @Override
    public Page<User> findByDeleted(boolean deleted, PageRequest page) {
        Condition which = deleted ? USERS.DELETED_AT.isNotNull() : USERS.DELETED_AT.isNull();
        List<SortField<?>> order = deleted ? List.of(USERS.DELETED_AT.desc(), USERS.ID.desc()) : List.of(USERS.ID.asc());
        List<User> items = dsl.selectFrom(USERS).where(which).orderBy(order)
                .limit(page.size()).offset(page.offset())
                .fetch(UserMapper::toUser);
        return Page.of(items, page, dsl.fetchCount(USERS, which));
    }

    /**
     * Claims the rows with {@code FOR UPDATE SKIP LOCKED}, so a concurrent purge (or a restore that
     * holds the row) is skipped rather than waited for, and no row is removed twice. Accounts that
     * still own activities are left for a later run: their activities must be purged (and audited)
     * first, not vanish by the cascade.
     */
    @Override
    public List<Long> purgeDeletedBefore(Instant cutoff, int limit) {
        Users doomed = USERS.as("doomed");
        return dsl.deleteFrom(USERS)
                .where(USERS.ID.in(select(doomed.ID).from(doomed)
                        .where(doomed.DELETED_AT.lt(cutoff))
                        .andNotExists(selectOne().from(ACTIVITIES).where(ACTIVITIES.USER_ID.eq(doomed.ID)))
                        .orderBy(doomed.DELETED_AT)
                        .limit(limit)
                        .forUpdate().skipLocked()))
                .returning(USERS.ID)
                .fetch(USERS.ID);
    }

    private static ConflictException emailTaken() {
        return new ConflictException("email already registered by a live account");
    }

    /** One column of an account that is not deleted; the row count (or returned row) tells whether there was one. */
    private <T> UpdateConditionStep<UsersRecord> updateLive(long userId, Field<T> column, T value) {
        return dsl.update(USERS).set(column, value).where(USERS.ID.eq(userId), USERS.DELETED_AT.isNull());
    }
}
