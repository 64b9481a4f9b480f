package dev.stride.adapters.redis;

import dev.stride.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CircuitBreakerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T07:00:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker("the test", 3, Duration.ofSeconds(5), clock::nanoTime);
    private final AtomicInteger redisCalls = new AtomicInteger();

    @Test
    void passesCallsThroughAndForgetsFailuresAfterASuccess() {
        fail(2);
        assertThat(breaker.call(succeeding(), Unavailable::new)).isEqualTo("ok");
        fail(2);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(redisCalls).hasValue(5);
    }

    @Test
    void opensAfterTheThresholdAndThenSkipsRedis() {
        fail(3);

        assertThatThrownBy(() -> breaker.call(succeeding(), Unavailable::new)).isInstanceOf(Unavailable.class);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(redisCalls).as("the fourth call never reached Redis").hasValue(3);
        assertThat(breaker.attempts()).isEqualTo(3);
        assertThat(breaker.details()).containsEntry("breaker", "open").containsEntry("consecutiveFailures", 3)
                .containsEntry("lastFailure", "IllegalStateException: Redis is down");
    }

    @Test
    void letsOneProbeThroughAfterTheCoolDownAndClosesWhenItSucceeds() {
        fail(3);
        clock.advance(Duration.ofSeconds(5));

        assertThat(breaker.call(succeeding(), Unavailable::new)).isEqualTo("ok");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.details()).containsEntry("breaker", "closed").containsEntry("consecutiveFailures", 0);
    }

    @Test
    void reopensForAnotherCoolDownWhenTheProbeFails() {
        fail(3);
        clock.advance(Duration.ofSeconds(5));
        fail(1);
        clock.advance(Duration.ofSeconds(4));

        assertThatThrownBy(() -> breaker.call(succeeding(), Unavailable::new)).isInstanceOf(Unavailable.class);
        assertThat(redisCalls).hasValue(4);
    }

    @Test
    void refusesOtherCallsWhileTheProbeIsUnderway() {
        fail(3);
        clock.advance(Duration.ofSeconds(5));

        String probed = breaker.call(() -> {
            assertThatThrownBy(() -> breaker.call(succeeding(), Unavailable::new)).isInstanceOf(Unavailable.class);
            return "probed";
        }, Unavailable::new);

        assertThat(probed).isEqualTo("probed");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> breaker.call(() -> {
                redisCalls.incrementAndGet();
                throw new IllegalStateException("Redis is down");
            }, Unavailable::new)).isInstanceOf(Unavailable.class).hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    private Supplier<String> succeeding() {
        return () -> {
            redisCalls.incrementAndGet();
            return "ok";
        };
    }

    /** What a port's "unavailable" exception is to the breaker: anything built from the cause. */
    private static final class Unavailable extends RuntimeException {
        Unavailable(RuntimeException cause) {
            super(cause);
        }
    }
}
