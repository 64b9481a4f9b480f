package dev.stride.adapters.redis.tracking;

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
    void readsThatBeginWhileAPingIsUnderWayWaitForTheNextOneAndShareIt() {
        long firstStart = clock.nanoTime();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> fence.await(firstStart));
        await().until(() -> pings.size() == 1);
        long laterStart = later();
        FencedRead second = FencedRead.start(fence, laterStart);
        FencedRead third = FencedRead.start(fence, laterStart);
        await().until(() -> second.isWaiting() && third.isWaiting());
        assertThat(pings).as("no second PING while one is under way").hasSize(1);

        pings.getFirst().complete("PONG");
        first.join();
        await().until(() -> pings.size() == 2);
        assertThat(second.isDone() || third.isDone()).as("a PING sent before they began fences neither").isFalse();

        pings.get(1).complete("PONG");
        second.join();
        third.join();
        assertThat(pings).as("one PING for both").hasSize(2);
    }

    @Test
    void theNextPingIsSentEvenWhenTheOneUnderWayFails() {
        long firstStart = clock.nanoTime();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> fence.await(firstStart));
        await().until(() -> pings.size() == 1);
        FencedRead second = FencedRead.start(fence, later());
        await().until(second::isWaiting);

        pings.getFirst().completeExceptionally(new IllegalStateException("Command timed out"));
        assertThatThrownBy(first::join).hasCauseInstanceOf(IllegalStateException.class);
        await().until(() -> pings.size() == 2);
        pings.get(1).complete("PONG");

        second.join();
    }

    @Test
    void aPingThatFailsFailsTheFence() {
        long readStart = clock.nanoTime();
        CompletableFuture<Void> read = CompletableFuture.runAsync(() -> fence.await(readStart));
        await().until(() -> pings.size() == 1);

        pings.getFirst().completeExceptionally(new IllegalStateException("Command timed out"));

        assertThatThrownBy(read::join).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFenceOlderThanAskedIsRenewedInTheBackgroundOnePingAtATime() {
        fence.answered(clock.nanoTime());
        clock.advance(Duration.ofMillis(40));

        fence.keepWithin(Duration.ofMillis(50).toNanos());
        assertThat(pings).as("recent enough").isEmpty();

        clock.advance(Duration.ofMillis(20));
        fence.keepWithin(Duration.ofMillis(50).toNanos());
        fence.keepWithin(Duration.ofMillis(50).toNanos());
        assertThat(pings).as("one PING, not waited for").hasSize(1);

        long sent = clock.nanoTime();
        pings.getFirst().complete("PONG");
        fence.await(sent); // answered: no further PING needed
        assertThat(pings).hasSize(1);
    }

    /** A nanosecond on: the smallest step the fence can tell apart. */
    private long later() {
        clock.advance(Duration.ofNanos(1));
        return clock.nanoTime();
    }

    /** A read on a thread of its own, so that the test can see it waiting on the fence. */
    private record FencedRead(Thread thread, CompletableFuture<Void> done) {

        static FencedRead start(ReadFence fence, long readStart) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Thread thread = Thread.ofPlatform().start(() -> {
                try {
                    fence.await(readStart);
                    done.complete(null);
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            return new FencedRead(thread, done);
        }

        boolean isWaiting() {
            return thread.getState() == Thread.State.TIMED_WAITING;
        }

        boolean isDone() {
            return done.isDone();
        }

        void join() {
            done.join();
        }
    }
}
