package dev.stride.adapters.crypto;

import dev.stride.application.testing.PasswordHasherContract;
import dev.stride.domain.port.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher(19 * 1024, 2, 1, 1);

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
        assertThat(hasher.needsRehash(new Argon2PasswordHasher(19 * 1024, 1, 1, 1).hash("pw"))).as("fewer passes").isTrue();
    }

    @Test
    void hashesAreReadByTheEncoderStrideUsedBeforeAndItsHashesByStride() {
        Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

        assertThat(spring.matches("correct horse battery", hasher.hash("correct horse battery"))).isTrue();
        assertThat(hasher.matches("correct horse battery", spring.encode("correct horse battery"))).isTrue();
        assertThat(hasher.matches("correct horse batterY", spring.encode("correct horse battery"))).isFalse();
    }

    /** A login burst allocating 19 MiB per hash stalled every other request behind the garbage collector. */
    @Test
    void aHashReusesTheWorkingMemoryOfTheOneBefore() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        hasher.hash("first: fills the pool");

        long before = threads.getCurrentThreadAllocatedBytes();
        hasher.hash("correct horse battery");
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(allocated).as("bytes allocated by a hash of 19 MiB memory cost").isLessThan(1024 * 1024);
    }

    @Test
    void aHashMadeWithTodaysOrStrongerSettingsNeedsNoRehash() {
        assertThat(hasher.needsRehash(hasher.hash("pw"))).isFalse();
        assertThat(hasher.needsRehash(new Argon2PasswordHasher(32 * 1024, 3, 1, 1).hash("pw"))).isFalse();
    }

    @Test
    void anUnreadableHashMatchesNothingAndIsNotRehashed() {
        assertThat(hasher.matches("pw", "not-a-hash")).isFalse();
        assertThat(hasher.needsRehash("not-a-hash")).isFalse();
        assertThat(hasher.matches("pw", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
        String valid = hasher.hash("pw");
        assertThat(hasher.matches("pw", valid.replace("v=19", "v=99"))).as("unknown version").isFalse();
        assertThat(hasher.matches("pw", valid.replace("p=1", "p=0"))).as("no lanes").isFalse();
        assertThat(hasher.matches("pw", valid.replace("$argon2id$", "$argon3$"))).as("unknown type").isFalse();
        assertThat(hasher.matches("pw", valid + "$extra")).as("a part too many").isFalse();
    }
}
