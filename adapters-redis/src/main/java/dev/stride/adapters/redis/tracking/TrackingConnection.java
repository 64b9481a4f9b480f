package dev.stride.adapters.redis.tracking;

import dev.stride.adapters.redis.FailFastClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A connection of its own, to a single server, for tracked keys: their reads, Redis's pushes about
 * them, and the fence. It is opened in the background on first use, and tried again at most once a
 * second while that fails, so a Redis that is down at start-up costs a read nothing: until tracking is
 * on, its caller reads the keys the untracked way. Once open, Lettuce reconnects it by itself, and
 * {@link TrackingSwitch} switches tracking on again; while disconnected, commands fail at once.
 */
public final class TrackingConnection implements AutoCloseable {

    private static final long RETRY_NANOS = Duration.ofSeconds(1).toNanos();

    private final RedisClient client;
    private final RedisURI uri;
    private final TrackedKeys tracked;
    private final Consumer<StatefulRedisConnection<String, String>> onConnect;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile long nextAttempt = System.nanoTime();
    private volatile boolean closed;
    private volatile StatefulRedisConnection<String, String> connection;

    /**
     * @param client    from {@link #client}
     * @param onConnect called once, with the connection right after it was opened; it makes {@code tracked} follow it
     */
    public TrackingConnection(RedisClient client, RedisURI uri, TrackedKeys tracked,
                       Consumer<StatefulRedisConnection<String, String>> onConnect) {
        this.client = client;
        this.uri = uri;
        this.tracked = tracked;
        this.onConnect = onConnect;
    }

    /**
     * @param timeout longest a command (a read, the fence) may take
     */
    public static TrackingConnection to(RedisURI uri, ClientResources resources, Duration timeout, Duration connectTimeout,
                                        TrackedKeys tracked) {
        return new TrackingConnection(client(resources, timeout, connectTimeout), uri, tracked, tracked::follow);
    }

    /** No connection: nothing is ever tracked (a Redis Cluster, or tracking switched off). */
    public static TrackingConnection none() {
        return new TrackingConnection(null, null, TrackedKeys.off(), connection -> { });
    }

    /** A client whose commands fail after {@code timeout}, and at once while disconnected. */
    public static RedisClient client(ClientResources resources, Duration timeout, Duration connectTimeout) {
        RedisClient client = RedisClient.create(resources);
        client.setOptions(FailFastClientOptions.of(timeout, connectTimeout));
        return client;
    }

    public TrackedKeys tracked() {
        return tracked;
    }

    /**
     * The connection's commands while the keys are tracked on it, else null; starts opening the
     * connection when it is not open and an attempt is due.
     */
    public RedisAsyncCommands<String, String> whileTracking() {
        StatefulRedisConnection<String, String> open = connection;
        if (open == null) {
            connectWhenDue();
            return null;
        }
        return tracked.isOn() ? open.async() : null;
    }

    private void connectWhenDue() {
        if (client == null || closed || System.nanoTime() - nextAttempt < 0 || !connecting.compareAndSet(false, true)) {
            return;
        }
        client.connectAsync(StringCodec.UTF8, uri).whenComplete((opened, failure) -> {
            if (failure != null) {
                nextAttempt = System.nanoTime() + RETRY_NANOS;
            } else if (closed) {
                opened.closeAsync();
            } else {
                onConnect.accept(opened);
                connection = opened;
            }
            connecting.set(false);
        });
    }

    @Override
    public void close() {
        closed = true;
        StatefulRedisConnection<String, String> open = connection;
        if (open != null) {
            open.close();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
