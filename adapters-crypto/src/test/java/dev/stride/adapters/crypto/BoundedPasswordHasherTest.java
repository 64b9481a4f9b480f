package dev.stride.adapters.crypto;

import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.shared.OverloadedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The hashes in flight are held on a latch, so saturation is exact rather than a matter of timing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against a hang, not a speed assertion
class BoundedPasswordHasherTest {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final LatchedHasher slow = new LatchedHasher();
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private BoundedPasswordHasher hasher;

    @AfterEach
    void release() {
        slow.release.countDown();
        callers.shutdownNow();
        if (hasher != null) {
            hasher.close();
        }
    }

    @Test
    void beyondTheThreadsAndTheQueueAHashIsRefusedAtOnceWithRetryAfter() {
        hasher = new BoundedPasswordHasher(slow, 1, 1, RETRY_AFTER);
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> hasher.hash("first"), callers);
        await().until(() -> slow.entered.get() == 1);
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> hasher.matches("second", "x"), callers);
        await().until(() -> hasher.waiting() == 1);

        // called on the test thread: it would block here if the excess were queued without bound
        assertThatThrownBy(() -> hasher.hash("third"))
                .isInstanceOfSatisfying(OverloadedException.class, e -> assertThat(e.retryAfter()).isEqualTo(RETRY_AFTER));
        assertThatThrownBy(() -> hasher.matches("fourth", "x")).isInstanceOf(OverloadedException.class);

        slow.release.countDown();
        assertThat(running.join()).isEqualTo("hash:first");
        assertThat(queued.join()).isFalse();
        assertThat(hasher.hash("later")).as("capacity is back once the burst is over").isEqualTo("hash:later");
        assertThat(slow.entered.get()).as("refused work was never started").isEqualTo(3);
    }

    @Test
    void withoutAQueueEveryHashBeyondTheThreadsIsRefused() {
        hasher = new BoundedPasswordHasher(slow, 2, 0, RETRY_AFTER);
        CompletableFuture.runAsync(() -> hasher.hash("a"), callers);
        CompletableFuture.runAsync(() -> hasher.hash("b"), callers);
        await().until(() -> slow.entered.get() == 2);

        assertThatThrownBy(() -> hasher.hash("c")).isInstanceOf(OverloadedException.class);
    }

    @Test
    void hashesRunOnPlatformThreadsSoTheCallersVirtualThreadLeavesItsCarrierFree() throws Exception {
        hasher = new BoundedPasswordHasher(slow, 1, 0, RETRY_AFTER);
        slow.release.countDown();

        CompletableFuture<String> fromVirtualThread = CompletableFuture.supplyAsync(() -> hasher.hash("pw"), callers);

        assertThat(fromVirtualThread.get()).isEqualTo("hash:pw");
        assertThat(slow.ranOnVirtualThread).isFalse();
        assertThat(slow.threadName).startsWith("password-hashing-");
    }

    @Test
    void theHashersOwnFailuresReachTheCallerUnchanged() {
        PasswordHasher failing = new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                throw new IllegalArgumentException("too long");
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean needsRehash(String hash) {
                return true;
            }
        };
        hasher = new BoundedPasswordHasher(failing, 1, 0, RETRY_AFTER);

        assertThatThrownBy(() -> hasher.hash("pw")).isInstanceOf(IllegalArgumentException.class).hasMessage("too long");
        assertThat(hasher.needsRehash("anything")).isTrue();
    }

    /** Holds every hash until released; records where it ran. */
    private static final class LatchedHasher implements PasswordHasher {

        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger entered = new AtomicInteger();
        volatile boolean ranOnVirtualThread;
        volatile String threadName;

        @Override
        public String hash(String rawPassword) {
            hold();
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            hold();
            return hash.equals("hash:" + rawPassword);
        }

        @Override
        public boolean needsRehash(String hash) {
            return false;
        }

        private void hold() {
            entered.incrementAndGet();
            ranOnVirtualThread = Thread.currentThread().isVirtual();
            threadName = Thread.currentThread().getName();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
