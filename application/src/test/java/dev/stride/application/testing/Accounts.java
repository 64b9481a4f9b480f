package dev.stride.application.testing;

import dev.stride.domain.user.Email;
import dev.stride.domain.user.NewUser;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;

import java.time.Instant;

/** Accounts for use-case tests, stored with {@link PlainTextPasswordHasher} hashes. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    public static User register(InMemoryUserRepository users, String email, Role role, Instant at) {
        return users.insert(new NewUser(new Email(email), new PlainTextPasswordHasher().hash(PASSWORD), "Someone", role, at));
    }
}
