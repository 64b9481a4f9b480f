package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.adapters.redis.tracking.TrackingConnection;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;

import java.time.Duration;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/** Cutoff tracking as the application sets it up, on test-support's single server. */
final class CutoffTracking {

    /** Generous: a busy test machine must not turn a slow answer into a failure. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** As the application has it. */
    static final Duration LAG = Duration.ofMillis(100);
    /** Shorter than the contract's shortest cutoff (50 ms): a revocation must not outlast its own keep before it returns. */
    private static final Duration CONTRACT_LAG = Duration.ofMillis(10);
    private static final ClientResources RESOURCES = ClientResources.create();
    private static TrackingConnection shared;

    private CutoffTracking() {
    }

    /** One tracking connection for this JVM, under its key prefix, with tracking on. */
    static synchronized TrackingConnection shared() {
        if (shared == null) {
            shared = open(TestRedis.shared().host(), TestRedis.shared().port(), TestRedis.shared().keyPrefix(), "stride-revocations",
                    CONTRACT_LAG, connection -> { });
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /**
     * A tracking connection of its own, to be closed by the caller, with tracking on once this returns;
     * {@code beforeTracking} sees the connection first (a test's own push listener, for instance).
     */
    static TrackingConnection open(String host, int port, String keyPrefix, String clientName, Duration lag,
                                   Consumer<StatefulRedisConnection<String, String>> beforeTracking) {
        TrackedKeys tracked = new SessionKeys(keyPrefix).trackedCutoffs(TIMEOUT, lag, System::nanoTime);
        RedisURI uri = RedisURI.create(host, port);
        uri.setClientName(clientName);
        TrackingConnection tracking = new TrackingConnection(TrackingConnection.client(RESOURCES, TIMEOUT, TIMEOUT), uri, tracked,
                connection -> {
                    beforeTracking.accept(connection);
                    tracked.follow(connection);
                });
        await().until(() -> tracking.whileTracking() != null);
        return tracking;
    }
}
