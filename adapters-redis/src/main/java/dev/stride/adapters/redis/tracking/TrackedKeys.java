package dev.stride.adapters.redis.tracking;

import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Values of Redis keys this instance may use without asking Redis: a connection tracks the keys under
 * some prefixes (client-side caching, broadcast mode), Redis pushes every change of them
 * ({@link InvalidationPushes}, read by the user's {@link KeyChanges}) into what this instance knows
 * ({@link KnownValues}), tracking is kept on across reconnects ({@link TrackingSwitch}), and a known
 * value is used only behind the {@link ReadFence}, which this class enforces itself: nothing else
 * needs to have happened on the connection for a tracked read to be fresh.
 * <p>
 * With a {@code lag}, whoever changes a tracked key waits that long after Redis acknowledged the change
 * before acknowledging it in turn ({@link #afterChange}). A read that begins after that acknowledgement
 * began at least {@code lag} after Redis made the change, so a fence sent up to {@code lag} before the
 * read (by this instance's monotonic clock) was still sent after the change, and its answer followed the
 * change's push: such a fence is enough, and one kept recent in the background
 * ({@link ReadFence#keepWithin}) means reads rarely wait at all. The lag is the price of every change:
 * long where changes are rare and reads are every request (access-token cutoffs, 100 ms), short where
 * every write pays it (the cache's generations, a few milliseconds).
 * <p>
 * Only on a single server: on a Redis Cluster every read asks Redis.
 */
public final class TrackedKeys {

    private final List<String> prefixes;
    private final KeyChanges changes;
    private final Duration timeout;
    private final long lagNanos;
    private final LongSupplier nanoTime;
    private final KnownValues known = new KnownValues();
    private volatile TrackingSwitch tracking;
    private volatile ReadFence fence;

    /**
     * @param prefixes what the tracked keys start with
     * @param changes  what a change of one of them makes this instance forget
     * @param timeout  longest the fence waits for Redis
     * @param lag      how long a change waits before it is acknowledged ({@link #afterChange}); zero: reads fence from their start
     */
    public TrackedKeys(List<String> prefixes, KeyChanges changes, Duration timeout, Duration lag, LongSupplier nanoTime) {
        this.prefixes = List.copyOf(prefixes);
        this.changes = changes;
        this.timeout = timeout;
        this.lagNanos = lag.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Never knows a value: every read goes to Redis. */
    public static TrackedKeys off() {
        return new TrackedKeys(List.of(), (key, known) -> { }, Duration.ZERO, Duration.ZERO, System::nanoTime);
    }

    /** Starts tracking on a connection to a single server, which reads of the keys then use too. */
    public void follow(StatefulRedisConnection<String, String> connection) {
        fence = new ReadFence(() -> connection.async().ping(), timeout, nanoTime);
        TrackingSwitch trackingSwitch = new TrackingSwitch(connection, prefixes, known);
        connection.addListener((PushListener) new InvalidationPushes(known, changes));
        connection.addListener((RedisConnectionStateListener) trackingSwitch);
        tracking = trackingSwitch;
        trackingSwitch.switchOn();
    }

    public boolean isOn() {
        TrackingSwitch current = tracking;
        return current != null && current.isOn();
    }

    public long now() {
        return nanoTime.getAsLong();
    }

    /** The key's value as far as this instance knows, or null; worth the fence only when the caller can use it. */
    public String known(String key) {
        return isOn() ? known.current(key) : null;
    }

    /**
     * The key's value, vouched for by the fence: every change acknowledged (after the lag) before
     * {@code readStart} has been applied. Null when it is not known (any more). Throws when Redis does
     * not answer the fence.
     */
    public String fenced(String key, long readStart) {
        ReadFence current = fence;
        current.await(readStart - lagNanos);
        if (lagNanos > 0) {
            current.keepWithin(lagNanos / 2);
        }
        return known(key);
    }

    /**
     * Call after Redis acknowledged a change of a tracked key, before acknowledging it: returns once the
     * lag has passed (at once without one). Not interrupted: an early acknowledgement would break the promise.
     */
    public void afterChange() {
        long until = nanoTime.getAsLong() + lagNanos;
        for (long left = lagNanos; left > 0; left = until - nanoTime.getAsLong()) {
            LockSupport.parkNanos(left);
        }
    }

    /** Call right before sending a read of the key to Redis, on the tracking connection. */
    public KnownValues.Read reading(String key) {
        long sentAt = nanoTime.getAsLong();
        return isOn() ? known.reading(key, sentAt) : KnownValues.unrecorded(key, sentAt);
    }

    /** Redis answered the read with the key's value. */
    public void answered(KnownValues.Read read, String value) {
        ReadFence current = fence;
        if (current != null) {
            current.answered(read.sentAt());
        }
        if (isOn()) {
            known.answered(read, value);
        }
    }

    /** This instance has just changed the key (its own push may come later). */
    public void forget(String key) {
        known.forget(key);
    }

    /** This instance has just changed every key. */
    public void forgetAll() {
        known.forgetAll();
    }
}
