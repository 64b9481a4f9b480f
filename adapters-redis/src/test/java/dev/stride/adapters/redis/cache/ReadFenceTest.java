package dev.stride.adapters.redis.cache;

import dev.stride.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The fence on its own, with a fake connection whose PINGs the test answers. */
class ReadFenceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private final List<CompletableFuture<String>> pings = new CopyOnWriteArrayList<>();
    private final ReadFence fence = new ReadFence(this::ping, Duration.ofSeconds(5), clock::nanoTime);

    private CompletionStage<String> ping() {
        CompletableFuture<String> ping = new CompletableFuture<>();
        pings.add(ping);
        return ping;
    }

    @Test
    void theAnswerToACommandSentSinceTheReadBeganIsFenceEnough() {
        long readStart = clock.nanoTime();
        fence.answered(readStart);

        fence.await(readStart);

        assertThat(pings).as("no round trip of its own").isEmpty();
    }

    @Test
    void theAnswerToACommandSentBeforeTheReadBeganIsNot() {
        fence.answered(clock.nanoTime());
        long readStart = later();

        CompletableFuture<Void> read = CompletableFuture.runAsync(() -> fence.await(readStart));
        await().until(() -> pings.size() == 1);
        assertThat(read).isNotDone();
        pings.getFirst().complete("PONG");

        read.join();
    }

    @Test
    void readsThatBeganBeforeAPingWasSentShareItAndLaterOnesSendTheirOwn() {
        long readStart = clock.nanoTime();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> fence.await(readStart));
        await().until(() -> pings.size() == 1);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> fence.await(readStart));

        pings.getFirst().complete("PONG");
        first.join();
        second.join();
        assertThat(pings).as("shared").hasSize(1);

        long laterStart = later();
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> fence.await(laterStart));
        await().until(() -> pings.size() == 2);
        pings.get(1).complete("PONG");
        later.join();
    }

    @Test
    void aPingThatFailsFailsTheFence() {
        long readStart = clock.nanoTime();
        CompletableFuture<Void> read = CompletableFuture.runAsync(() -> fence.await(readStart));
        await().until(() -> pings.size() == 1);

        pings.getFirst().completeExceptionally(new IllegalStateException("Command timed out"));

        assertThatThrownBy(read::join).hasCauseInstanceOf(IllegalStateException.class);
    }

    /** A nanosecond on: the smallest step the fence can tell apart. */
    private long later() {
        clock.advance(Duration.ofNanos(1));
        return clock.nanoTime();
    }
}
