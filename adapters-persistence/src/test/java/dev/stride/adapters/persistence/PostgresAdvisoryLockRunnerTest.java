package dev.stride.adapters.persistence;

import dev.stride.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresAdvisoryLockRunnerTest {

    private final DataSource dataSource = TestPostgres.database().dataSource();
    /** Two instances of the service: separate runners, one database. */
    private final PostgresAdvisoryLockRunner one = new PostgresAdvisoryLockRunner(dataSource);
    private final PostgresAdvisoryLockRunner other = new PostgresAdvisoryLockRunner(dataSource);

    @Test
    void whileOneInstanceHoldsTheLockAnotherDoesNotRunAndAfterwardsItDoes() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> one.runExclusively("purge", () -> {
            holding.countDown();
            await(release);
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean secondRan = new AtomicBoolean();
        assertThat(other.runExclusively("purge", () -> secondRan.set(true))).isFalse();
        assertThat(secondRan).isFalse();
        assertThat(other.runExclusively("another lock", () -> secondRan.set(true))).as("locks are per name").isTrue();

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(other.runExclusively("purge", () -> { })).isTrue();
    }

    @Test
    void failingWorkReleasesTheLock() {
        assertThatThrownBy(() -> one.runExclusively("purge", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(other.runExclusively("purge", () -> { })).isTrue();
    }

    @Test
    void theLockIsNotReentrant() {
        AtomicBoolean nestedRan = new AtomicBoolean();

        one.runExclusively("purge", () -> assertThat(one.runExclusively("purge", () -> nestedRan.set(true))).isFalse());

        assertThat(nestedRan).isFalse();
    }

    @Test
    void keysAreStablePerName() {
        assertThat(PostgresAdvisoryLockRunner.keyOf("stride.retention.purge"))
                .isEqualTo(PostgresAdvisoryLockRunner.keyOf("stride.retention.purge"))
                .isNotEqualTo(PostgresAdvisoryLockRunner.keyOf("stride.retention.purge2"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
