package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.ClusterTopologyRefresh;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce.LettuceBasedProxyManagerBuilder;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;

import java.util.List;
import java.util.function.Supplier;

/**
 * The rate limiter's own Lettuce client, on one Redis server or on a Redis Cluster (each count is
 * one key, so a cluster needs no hash tags): it opens the limiter's one connection and puts
 * Bucket4j's proxy manager and the sliding-window script's commands on it. The two kinds of client
 * differ only in how they open that connection.
 */
final class LimiterClient implements AutoCloseable {

    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final Supplier<Opened> opener;
    private final Runnable shutdown;
    private volatile Opened opened;

    private LimiterClient(Supplier<Opened> opener, Runnable shutdown) {
        this.opener = opener;
        this.shutdown = shutdown;
    }

    static LimiterClient standalone(RedisURI server, ClientOptions options, ClientResources resources) {
        RedisClient client = resources == null ? RedisClient.create(server) : RedisClient.create(resources, server);
        client.setOptions(options);
        return new LimiterClient(() -> {
            StatefulRedisConnection<String, byte[]> connection = client.connect(CODEC);
            return new Opened(connection, Bucket4jLettuce.casBasedBuilder(connection), connection.sync());
        }, client::shutdown);
    }

    /** {@code nodes}: some nodes of the cluster, to discover the rest from; the topology is followed as {@link ClusterTopologyRefresh} says. */
    static LimiterClient cluster(List<RedisURI> nodes, ClientOptions options, ClientResources resources) {
        RedisClusterClient client = resources == null ? RedisClusterClient.create(nodes) : RedisClusterClient.create(resources, nodes);
        client.setOptions(ClusterTopologyRefresh.clusterOptions(options));
        return new LimiterClient(() -> {
            StatefulRedisClusterConnection<String, byte[]> connection = client.connect(CODEC);
            return new Opened(connection, Bucket4jLettuce.casBasedBuilder(connection), connection.sync());
        }, client::shutdown);
    }

    /** Opens the connection (called once) and starts a proxy manager on it. */
    LettuceBasedProxyManagerBuilder<String> connect() {
        opened = opener.get();
        return opened.buckets();
    }

    /** Commands on the connection {@link #connect()} opened, for the sliding-window script (one key: any node). */
    RedisClusterCommands<String, byte[]> sync() {
        return opened.commands();
    }

    @Override
    public void close() {
        Opened open = opened;
        if (open != null) {
            open.connection().close();
        }
        shutdown.run();
    }

    private record Opened(StatefulConnection<String, byte[]> connection, LettuceBasedProxyManagerBuilder<String> buckets,
                          RedisClusterCommands<String, byte[]> commands) {
    }
}
