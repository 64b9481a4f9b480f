package dev.stride.adapters.crypto;

import dev.stride.application.testing.PasswordHasherContract;
import dev.stride.domain.port.PasswordHasher;
import org.junit.jupiter.api.AfterEach;

import java.time.Duration;

/** The hasher as it is wired: Argon2id behind the bound, which must change nothing but where and how many hashes run. */
class BoundedArgon2PasswordHasherTest extends PasswordHasherContract {

    private final BoundedPasswordHasher hasher =
            new BoundedPasswordHasher(new Argon2PasswordHasher(19 * 1024, 2, 1, 1), 1, 4, Duration.ofSeconds(1));

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @AfterEach
    void close() {
        hasher.close();
    }
}
