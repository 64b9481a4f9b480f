package dev.stride.adapters.redis.tracking;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;

import java.net.SocketAddress;
import java.util.List;

/**
 * Keeps client-side tracking (broadcast mode, on key prefixes) on for a connection: switched on when
 * the connection opens and after every reconnect (a new connection does not track until told to), off
 * the moment it is lost (pushes are lost with it, so everything known is forgotten). Redis accepts
 * tracking on a RESP2 connection but drops the pushes there, so the protocol is checked first
 * ({@code CLIENT INFO} reports it from Redis 7 on; Redis 6 does not, and counts as RESP2).
 */
final class TrackingSwitch implements RedisConnectionStateListener {

    private static final System.Logger log = System.getLogger(TrackingSwitch.class.getName());

    private final StatefulRedisConnection<String, String> connection;
    private final List<String> prefixes;
    private final KnownValues known;
    private volatile boolean on;

    TrackingSwitch(StatefulRedisConnection<String, String> connection, List<String> prefixes, KnownValues known) {
        this.connection = connection;
        this.prefixes = List.copyOf(prefixes);
        this.known = known;
    }

    /** Redis has confirmed tracking on the current connection. */
    boolean isOn() {
        return on;
    }

    @Override
    public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
        on = false;
        known.forgetAll();
    }

    @Override
    public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
        switchOn();
    }

    void switchOn() {
        if (!connection.isOpen()) {
            return;
        }
        connection.async().clientInfo()
                .thenCompose(info -> {
                    if (!info.contains(" resp=3")) {
                        throw new IllegalStateException("the connection does not report RESP3 (Redis 7 or later needed), "
                                + "pushes need it");
                    }
                    return connection.async().clientTracking(
                            TrackingArgs.Builder.enabled().bcast().prefixes(prefixes.toArray(String[]::new)));
                })
                .whenComplete((ok, failure) -> {
                    // "overlaps": tracking is already on for this connection (a repeated connect event)
                    if (failure == null || String.valueOf(failure.getMessage()).contains("overlaps")) {
                        known.forgetAll(); // also what reads sent before tracking was on may have learned
                        on = true;
                    } else {
                        log.log(System.Logger.Level.WARNING, "Redis client-side tracking of {0} is off, every read of "
                                + "them asks Redis: {1}", prefixes, failure.getMessage());
                    }
                });
    }
}
