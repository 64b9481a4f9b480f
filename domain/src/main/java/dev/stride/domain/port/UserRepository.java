package dev.stride.domain.port;

import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.User;

import java.util.Optional;

/** Where accounts live. "Live" means not soft-deleted. */
public interface UserRepository {

    /** @throws ConflictException when a live account already has this email */
    User insert(NewUser user);

    Optional<User> findLiveByEmail(Email email);

    Optional<User> findLiveById(long userId);
}
