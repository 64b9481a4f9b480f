package dev.stride.adapters.crypto;

import dev.stride.application.testing.PasswordHasherContract;
import dev.stride.domain.port.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(19 * 1024, 2, 1);

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }

    @Test
    void hashesWithArgon2idAndTheConfiguredSettingsAndASaltOfItsOwnEachTime() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void aHashMadeWithOlderWeakerSettingsStillMatchesAndAsksForARehash() {
        String old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("correct horse battery");
        assertThat(old).contains("m=16384,t=2,p=1");

        assertThat(hasher.matches("correct horse battery", old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(new Argon2PasswordHasher(19 * 1024, 1, 1).hash("pw"))).as("fewer passes").isTrue();
    }

    @Test
    void aHashMadeWithTodaysOrStrongerSettingsNeedsNoRehash() {
        assertThat(hasher.needsRehash(hasher.hash("pw"))).isFalse();
        assertThat(hasher.needsRehash(new Argon2PasswordHasher(32 * 1024, 3, 1).hash("pw"))).isFalse();
    }

    @Test
    void anUnreadableHashMatchesNothingAndIsNotRehashed() {
        assertThat(hasher.matches("pw", "not-a-hash")).isFalse();
        assertThat(hasher.needsRehash("not-a-hash")).isFalse();
        assertThat(hasher.matches("pw", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
    }
}
