package dev.stride.adapters.redis.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushListener;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The generation each namespace is at, as this instance last read it from Redis, kept current by
 * Redis itself: client-side caching (CLIENT TRACKING, broadcast mode, for the generation and epoch
 * keys) makes Redis push an invalidation to this connection whenever one of those keys changes,
 * expires or is evicted. While the generation of a namespace is known here, a read of an entry this
 * instance holds a copy of needs no round trip at all.
 * <p>
 * Why that is never stale: pushes and replies travel on one connection, in order. A request that
 * reached this instance after a write finished on any instance makes its access-token revocation
 * check (a round trip on this same connection) before it reads the cache, so every push Redis sent
 * for that write has been applied by then. Independently of requests, a known generation is only
 * trusted while a read sent within the last {@code window} has been answered on this connection: a
 * Redis that hangs or drops pushes can hold stale generations here for that long at most, after
 * which reads go to Redis (and through its breaker) as without tracking. A lost connection forgets
 * everything; tracking is switched on again when it is back.
 */
final class GenerationTracking implements PushListener, RedisConnectionStateListener {

    private static final System.Logger log = System.getLogger(GenerationTracking.class.getName());

    /** Namespaces whose generation is remembered: ~100 bytes each, so a few MB at most. */
    private static final long MAX_NAMESPACES = 50_000;

    private final CacheKeys keys;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    /** Namespace -> its generation (a String), or the {@link Read} in flight that may learn it. */
    private final ConcurrentMap<String, Object> byNamespace =
            Caffeine.newBuilder().maximumSize(MAX_NAMESPACES).<String, Object>build().asMap();
    /** When the latest read that Redis has answered was sent: pushes up to then are applied. */
    private final AtomicLong answeredUpTo;
    /** The connection the cache's reads (and the revocation checks) go through; null while unknown. */
    private final Supplier<StatefulRedisConnection<byte[], byte[]>> sharedConnection;
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile boolean followed;
    private volatile boolean tracking;

    /**
     * @param window    how long a known generation is trusted after the latest answered read was sent; 0: never
     */
    GenerationTracking(Supplier<StatefulRedisConnection<byte[], byte[]>> sharedConnection, CacheKeys keys,
                       Duration window, LongSupplier nanoTime) {
        this.sharedConnection = sharedConnection;
        this.keys = keys;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.answeredUpTo = new AtomicLong(nanoTime.getAsLong() - windowNanos);
    }

    /** Never knows a generation: every read goes to Redis. */
    static GenerationTracking off() {
        return new GenerationTracking(() -> null, new CacheKeys(""), Duration.ZERO, System::nanoTime);
    }

    /** Redis has confirmed tracking on the current connection. */
    boolean isOn() {
        return tracking;
    }

    /** The namespace's current generation, or null when this instance cannot vouch for it now. */
    String current(String namespace) {
        if (!tracking || nanoTime.getAsLong() - answeredUpTo.get() >= windowNanos) {
            return null;
        }
        return byNamespace.get(namespace) instanceof String generation ? generation : null;
    }

    /**
     * Call right before sending a read of the namespace's generation to Redis. While the generation
     * is not known, the latest read may learn it (an earlier one may have failed and never answer);
     * a known generation stays in use meanwhile.
     */
    Read reading(String namespace) {
        Read read = new Read(namespace, nanoTime.getAsLong());
        if (tracking) {
            Object known = byNamespace.putIfAbsent(namespace, read);
            if (known instanceof Read earlier) {
                byNamespace.replace(namespace, earlier, read);
            }
        }
        return read;
    }

    /**
     * Redis answered the read with the namespace's generation. It is remembered only if no
     * invalidation of the namespace arrived since the read was sent (it would have removed the read).
     */
    void answered(Read read, String generation) {
        if (!followed) {
            follow();
        }
        answeredUpTo.accumulateAndGet(read.sentAt, Math::max);
        byNamespace.replace(read.namespace, read, generation);
    }

    /** This instance has just moved the namespace to a new generation (its own push may come later). */
    void forget(String namespace) {
        byNamespace.remove(namespace);
    }

    /** This instance has just moved every namespace to a new epoch. */
    void forgetAll() {
        byNamespace.clear();
    }

    @Override
    public void onPushMessage(PushMessage message) {
        if (!"invalidate".equals(message.getType())) {
            return;
        }
        List<Object> content = message.getContent(StringCodec.UTF8::decodeKey);
        if (content.size() < 2 || !(content.get(1) instanceof List<?> changedKeys)) {
            forgetAll(); // FLUSHALL / FLUSHDB: everything is gone
            return;
        }
        for (Object key : changedKeys) {
            String changed = String.valueOf(key);
            String namespace = keys.namespaceOf(changed);
            if (namespace != null) {
                byNamespace.remove(namespace);
            } else if (changed.equals(keys.epoch())) {
                forgetAll();
            }
        }
    }

    /**
     * Starts following the shared connection once it exists (after the first answered read, so that
     * a Redis that is down at startup delays nothing). Tracking is on once Redis has confirmed it.
     */
    private synchronized void follow() {
        if (followed) {
            return;
        }
        followed = true;
        if (windowNanos == 0) {
            return;
        }
        StatefulRedisConnection<byte[], byte[]> shared = sharedConnection.get();
        if (shared == null) {
            log.log(System.Logger.Level.WARNING, "no shared Redis connection to track generations on: every cache read "
                    + "asks Redis");
            return;
        }
        connection = shared;
        shared.addListener((PushListener) this);
        shared.addListener((RedisConnectionStateListener) this);
        switchOn();
    }

    /** Pushes are lost while disconnected, and the new connection does not track until told to. */
    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
        tracking = false;
        byNamespace.clear();
    }

    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
        switchOn();
    }

    /**
     * Without RESP3 Redis would accept tracking but drop the pushes, so the protocol is checked first
     * (with {@code CLIENT INFO}, which reports it from Redis 7 on).
     */
    private void switchOn() {
        StatefulRedisConnection<byte[], byte[]> shared = connection;
        if (shared == null || !shared.isOpen()) {
            return;
        }
        shared.async().clientInfo()
                .thenCompose(info -> {
                    if (!info.contains(" resp=3")) {
                        // Redis 6 does not say which protocol a client speaks: treated as RESP2
                        throw new IllegalStateException("the connection does not report RESP3 (Redis 7 or later "
                                + "needed), pushes need it");
                    }
                    return shared.async().clientTracking(
                            TrackingArgs.Builder.enabled().bcast().prefixes(keys.generations(), keys.epoch()));
                })
                .whenComplete((ok, failure) -> {
                    // "overlaps": tracking is already on for this connection (a repeated connect event)
                    if (failure == null || String.valueOf(failure.getMessage()).contains("overlaps")) {
                        byNamespace.clear(); // also reads that were sent before tracking was on
                        tracking = true;
                    } else {
                        log.log(System.Logger.Level.WARNING, "Redis client-side tracking is off, every cache read "
                                + "asks Redis: {0}", failure.getMessage());
                    }
                });
    }

    /** A read of a namespace's generation, in flight; compared by identity, one per read. */
    static final class Read {
        private final String namespace;
        private final long sentAt;

        private Read(String namespace, long sentAt) {
            this.namespace = namespace;
            this.sentAt = sentAt;
        }
    }
}
