package dev.stride.application.testing;

import dev.stride.domain.port.ExclusiveRunner;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link ExclusiveRunner} adapter must do; run against the in-memory one and the PostgreSQL one. */
public abstract class ExclusiveRunnerContract {

    /** The runner under test. */
    protected abstract ExclusiveRunner runner();

    /**
     * The runner of another instance of the service, sharing the lock (a runner of its own on the same
     * database); the in-memory runner, which only knows its own JVM, answers itself.
     */
    protected abstract ExclusiveRunner anotherInstance();

    /** Lock names unique to each test, since a real database may be shared with other tests. */
    private final String lock = "contract." + UUID.randomUUID();

    @Test
    void runsTheWorkWhenTheLockIsFreeAndSaysSo() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(runner().runExclusively(lock, () -> ran.set(true))).isTrue();
        assertThat(ran).isTrue();
    }

    @Test
    void whileOneHoldsTheLockAnotherDoesNotRunAndAfterwardsItDoes() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> runner().runExclusively(lock, () -> {
            holding.countDown();
            await(release);
        }));
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean secondRan = new AtomicBoolean();
        assertThat(anotherInstance().runExclusively(lock, () -> secondRan.set(true))).isFalse();
        assertThat(secondRan).isFalse();
        assertThat(anotherInstance().runExclusively(lock + ".other", () -> secondRan.set(true)))
                .as("locks are per name").isTrue();

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(anotherInstance().runExclusively(lock, () -> { })).isTrue();
    }

    @Test
    void failingWorkReleasesTheLockAndItsFailureReachesTheCaller() {
        assertThatThrownBy(() -> runner().runExclusively(lock, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(anotherInstance().runExclusively(lock, () -> { })).isTrue();
    }

    @Test
    void theLockIsNotReentrant() {
        AtomicBoolean nestedRan = new AtomicBoolean();

        runner().runExclusively(lock, () -> assertThat(runner().runExclusively(lock, () -> nestedRan.set(true))).isFalse());

        assertThat(nestedRan).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
