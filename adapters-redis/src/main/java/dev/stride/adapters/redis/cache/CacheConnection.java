package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.ClusterTopologyRefresh;
import dev.stride.adapters.redis.FailFastClientOptions;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.models.partitions.Partitions;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cache's own Lettuce connection, to one Redis server or a Redis Cluster: nothing else uses it,
 * so the cache's timeouts, its failures and its tracking never touch the state role's connection.
 * It connects on first use (a cache Redis that is down at start-up delays nothing), fails commands at
 * once while disconnected instead of queueing them, and reconnects by itself.
 */
final class CacheConnection implements AutoCloseable {

    private final AbstractRedisClient client;
    private final List<RedisURI> servers;
    private final ClientResources resources;
    private final boolean ownResources;
    /** Half the command timeout: WAIT must give up before Lettuce does. */
    private final long replicaWaitMillis;
    private Consumer<StatefulRedisConnection<String, String>> onFirstConnect = connection -> { };
    private volatile StatefulConnection<String, String> connection;
    private volatile RedisClusterCommands<String, String> commands;

    private CacheConnection(AbstractRedisClient client, List<RedisURI> servers, ClientResources resources, boolean ownResources,
                            Duration timeout) {
        this.client = client;
        this.replicaWaitMillis = Math.max(1, timeout.toMillis() / 2);
        this.servers = List.copyOf(servers);
        this.resources = resources;
        this.ownResources = ownResources;
    }

    /**
     * @param servers      one server, or (with {@code cluster}) some of a cluster's nodes
     * @param ownResources whether closing this connection shuts {@code resources} down
     */
    static CacheConnection to(List<RedisURI> servers, boolean cluster, Duration timeout, Duration connectTimeout,
                              ClientResources resources, boolean ownResources) {
        ClientOptions options = FailFastClientOptions.of(timeout, connectTimeout);
        if (cluster) {
            RedisClusterClient client = RedisClusterClient.create(resources, servers);
            // a failover or a resharding is followed at once, not at the next periodic refresh
            client.setOptions(ClusterTopologyRefresh.clusterOptions(options));
            return new CacheConnection(client, servers, resources, ownResources, timeout);
        }
        RedisClient client = RedisClient.create(resources, servers.getFirst());
        client.setOptions(options);
        return new CacheConnection(client, servers, resources, ownResources, timeout);
    }

    /** Called once, with the connection to a single server, right after it was first opened (not for a cluster). */
    void onFirstConnect(Consumer<StatefulRedisConnection<String, String>> listener) {
        this.onFirstConnect = listener;
    }

    boolean isCluster() {
        return client instanceof RedisClusterClient;
    }

    /** The commands, on the connection, which is opened now if it is not yet; throws when Redis cannot be reached. */
    RedisClusterCommands<String, String> commands() {
        RedisClusterCommands<String, String> current = commands;
        return current != null ? current : connect();
    }

    /**
     * A write to {@code key}'s slot that a failover cannot undo: on a cluster it goes to the key's master
     * and returns only once a replica of that master has it too ({@code WAIT 1}, when the master has
     * replicas), so a promoted replica never lacks it; throws when no replica confirms in time. On one
     * server, the command as it is.
     */
    <T> T surviveFailover(String key, Function<RedisClusterCommands<String, String>, T> write) {
        RedisClusterCommands<String, String> commands = commands();
        if (!(connection instanceof StatefulRedisClusterConnection<String, String> cluster)) {
            return write.apply(commands);
        }
        Partitions partitions = cluster.getPartitions();
        RedisClusterNode master = partitions.getMasterBySlot(SlotHash.getSlot(key));
        if (master == null) {
            throw new IllegalStateException("no master serves the slot of " + key);
        }
        RedisClusterCommands<String, String> node = cluster.getConnection(master.getNodeId()).sync();
        T result = write.apply(node);
        boolean replicated = partitions.stream().anyMatch(other -> master.getNodeId().equals(other.getSlaveOf()));
        if (replicated && node.waitForReplication(1, replicaWaitMillis) < 1) {
            throw new IllegalStateException("no replica of " + master.getUri() + " confirmed the write within "
                    + replicaWaitMillis + " ms");
        }
        return result;
    }

    /** Where the cache's Redis is, without credentials, for health details. */
    String describe() {
        return (isCluster() ? "cluster " : "") + String.join(",",
                servers.stream().map(uri -> uri.getHost() + ":" + uri.getPort()).toList());
    }

    private synchronized RedisClusterCommands<String, String> connect() {
        if (commands == null) {
            if (client instanceof RedisClusterClient cluster) {
                StatefulRedisClusterConnection<String, String> opened = cluster.connect(StringCodec.UTF8);
                connection = opened;
                commands = opened.sync();
            } else {
                StatefulRedisConnection<String, String> opened = ((RedisClient) client).connect(StringCodec.UTF8);
                connection = opened;
                commands = opened.sync();
                onFirstConnect.accept(opened);
            }
        }
        return commands;
    }

    @Override
    public void close() {
        StatefulConnection<String, String> open = connection;
        if (open != null) {
            open.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        if (ownResources) {
            resources.shutdown();
        }
    }
}
