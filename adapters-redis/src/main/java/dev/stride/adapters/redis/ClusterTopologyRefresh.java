package dev.stride.adapters.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;

import java.time.Duration;

/**
 * How every Stride client of a Redis Cluster follows its topology (the state role's, the rate
 * limiter's and the cache's): Lettuce refreshes it as soon as a command meets a sign of change
 * (MOVED/ASK redirects, reconnects that keep failing, a slot no node serves, an unknown node) and,
 * as a backstop, every {@link #PERIOD}. A failover is then followed within about a second of the
 * election instead of when a connection to the dead master finally times out.
 */
public final class ClusterTopologyRefresh {

    /** Periodic refresh: catches changes no command has run into yet (a replica added, a slot moved). */
    static final Duration PERIOD = Duration.ofSeconds(10);
    /**
     * Adaptive refreshes are at most this far apart. Lettuce's 30 s default would let the first
     * trigger, fired while the election is still running, be the last one for 30 s.
     */
    static final Duration ADAPTIVE_TIMEOUT = Duration.ofSeconds(1);

    private ClusterTopologyRefresh() {
    }

    public static ClusterTopologyRefreshOptions options() {
        return ClusterTopologyRefreshOptions.builder()
                .enableAllAdaptiveRefreshTriggers()
                .adaptiveRefreshTriggersTimeout(ADAPTIVE_TIMEOUT)
                .refreshTriggersReconnectAttempts(1)
                .enablePeriodicRefresh(PERIOD)
                .dynamicRefreshSources(true)
                .closeStaleConnections(true)
                .build();
    }

    /** {@code options} (timeouts, disconnected behaviour, ...) for a cluster client, with the refresh above. */
    public static ClusterClientOptions clusterOptions(ClientOptions options) {
        return ClusterClientOptions.builder(options).topologyRefreshOptions(options()).build();
    }

    /** Adds the refresh to a builder of cluster options (Spring Boot's, for the state role); leaves others alone. */
    public static void applyTo(ClientOptions.Builder builder) {
        if (builder instanceof ClusterClientOptions.Builder cluster) {
            cluster.topologyRefreshOptions(options());
        }
    }
}
