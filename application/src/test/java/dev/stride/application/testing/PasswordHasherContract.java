package dev.stride.application.testing;

import dev.stride.domain.port.PasswordHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PasswordHasher} must do; run against the plain-text one the tests wire and against
 * Argon2id, alone and behind the bound on concurrent hashes.
 */
public abstract class PasswordHasherContract {

    private static final String PASSWORD = "correct horse battery";

    /** The hasher under test. */
    protected abstract PasswordHasher hasher();

    @Test
    void aHashMatchesThePasswordItWasMadeFrom() {
        String hash = hasher().hash(PASSWORD);

        assertThat(hash).isNotEqualTo(PASSWORD);
        assertThat(hasher().matches(PASSWORD, hash)).isTrue();
    }

    @Test
    void aHashMatchesNoOtherPassword() {
        String hash = hasher().hash(PASSWORD);

        assertThat(hasher().matches("correct horse batterY", hash)).as("one letter's case").isFalse();
        assertThat(hasher().matches(PASSWORD + " ", hash)).as("a trailing blank").isFalse();
        assertThat(hasher().matches("", hash)).as("empty").isFalse();
    }

    @Test
    void passwordsBeyondAsciiRoundTrip() {
        String password = "pässwörd 密码 🏃";

        assertThat(hasher().matches(password, hasher().hash(password))).isTrue();
        assertThat(hasher().matches("passwort 密码 🏃", hasher().hash(password))).isFalse();
    }

    @Test
    void aFreshHashNeedsNoRehash() {
        assertThat(hasher().needsRehash(hasher().hash(PASSWORD))).isFalse();
    }

    /** A damaged row must neither let anyone in nor make a login fail with an error. */
    @Test
    void anUnreadableHashMatchesNothingAndAsksForNoRehash() {
        assertThat(hasher().matches(PASSWORD, "not-a-hash")).isFalse();
        assertThat(hasher().matches("not-a-hash", "not-a-hash")).isFalse();
        assertThat(hasher().needsRehash("not-a-hash")).isFalse();
    }
}
