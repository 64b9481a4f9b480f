package dev.stride.adapters.redis.cache;

import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushListener;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Hits without asking Redis for the generation: the cache's connection tracks the generation and
 * epoch keys (client-side caching, broadcast mode), Redis pushes every change of them
 * ({@link InvalidationPushes}) into what this instance knows ({@link KnownGenerations}), tracking is
 * kept on across reconnects ({@link TrackingSwitch}), and a known generation is used only behind the
 * {@link ReadFence}, which this class enforces itself: nothing else (a revocation check, another
 * command) needs to have happened on the connection for a tracked read to be fresh.
 * <p>
 * Only on a single server: on a Redis Cluster every read asks Redis (see README "Caching").
 */
final class TrackedGenerations {

    private final CacheKeys keys;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final KnownGenerations known = new KnownGenerations();
    private volatile TrackingSwitch tracking;
    private volatile ReadFence fence;

    TrackedGenerations(CacheKeys keys, Duration timeout, LongSupplier nanoTime) {
        this.keys = keys;
        this.timeout = timeout;
        this.nanoTime = nanoTime;
    }

    /** Never knows a generation: every read goes to Redis. */
    static TrackedGenerations off() {
        return new TrackedGenerations(new CacheKeys(""), Duration.ZERO, System::nanoTime);
    }

    /** Starts tracking on the cache's connection to a single server. */
    void follow(StatefulRedisConnection<String, String> connection) {
        fence = new ReadFence(() -> connection.async().ping(), timeout, nanoTime);
        TrackingSwitch trackingSwitch = new TrackingSwitch(connection, keys, known);
        connection.addListener((PushListener) new InvalidationPushes(keys, known));
        connection.addListener((RedisConnectionStateListener) trackingSwitch);
        tracking = trackingSwitch;
        trackingSwitch.switchOn();
    }

    boolean isOn() {
        TrackingSwitch current = tracking;
        return current != null && current.isOn();
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /**
     * The namespace's generation as far as this instance knows, or null; worth the fence only when it
     * is the generation of a copy held.
     */
    String known(String namespace) {
        return isOn() ? known.current(namespace) : null;
    }

    /**
     * The namespace's generation, vouched for by the fence: every change acknowledged before
     * {@code readStart} has been applied. Null when it is not known (any more). Throws when Redis does not answer the fence.
     */
    String fenced(String namespace, long readStart) {
        fence.await(readStart);
        return known(namespace);
    }

    /** Call right before sending a read of the namespace's generation to Redis. */
    KnownGenerations.Read reading(String namespace) {
        long sentAt = nanoTime.getAsLong();
        return isOn() ? known.reading(namespace, sentAt) : KnownGenerations.unrecorded(namespace, sentAt);
    }

    /** Redis answered the read with the namespace's generation. */
    void answered(KnownGenerations.Read read, String generation) {
        ReadFence current = fence;
        if (current != null) {
            current.answered(read.sentAt());
        }
        if (isOn()) {
            known.answered(read, generation);
        }
    }

    /** This instance has just moved the namespace to a new generation (its own push may come later). */
    void forget(String namespace) {
        known.forget(namespace);
    }

    /** This instance has just moved every namespace to a new epoch. */
    void forgetAll() {
        known.forgetAll();
    }
}
