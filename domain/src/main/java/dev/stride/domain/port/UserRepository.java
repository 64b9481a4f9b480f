package dev.stride.domain.port;

import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.shared.Page;
import dev.stride.domain.shared.PageRequest;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.User;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts live. "Live" means not soft-deleted. */
public interface UserRepository {

    /** @throws ConflictException when a live account already has this email */
    User insert(NewUser user);

    Optional<User> findLiveByEmail(Email email);

    Optional<User> findLiveById(long userId);

    /**
     * Stores a new hash of the same password (stronger settings) in one conditional update, only while
     * the stored hash is still {@code expectedHash}: a password changed meanwhile is never overwritten.
     * False when nothing was replaced.
     */
    boolean replacePasswordHash(long userId, String expectedHash, String newHash);

    /** Changes a live account's display name; empty when there is no live account with this id. */
    Optional<User> updateDisplayName(long userId, String displayName);

    /** Replaces a live account's password hash; false when there is no live account with this id. */
    boolean updatePasswordHash(long userId, String passwordHash);

    /** Soft-deletes a live account in one conditional update; false when there is no live account with this id. */
    boolean softDelete(long userId, Instant now);

    /**
     * Brings a soft-deleted account back; empty when there is no soft-deleted account with this id.
     *
     * @throws ConflictException when a live account has taken its email meanwhile
     */
    Optional<User> restore(long userId);

    /** Soft-deleted accounts, most recently deleted first; or live ones, oldest first. */
    Page<User> findByDeleted(boolean deleted, PageRequest page);

    /**
     * Removes for good at most {@code limit} accounts soft-deleted before {@code cutoff}, oldest
     * deletion first, skipping rows a concurrent purge holds: their ids. Purge their activities
     * first ({@link ActivityRepository#purgeDeletedBefore} covers them) so that each is accounted for.
     */
    List<Long> purgeDeletedBefore(Instant cutoff, int limit);
}
