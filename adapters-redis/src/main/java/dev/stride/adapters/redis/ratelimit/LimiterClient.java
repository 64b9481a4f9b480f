package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.ClusterTopologyRefresh;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce.LettuceBasedProxyManagerBuilder;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;

import java.util.List;

/**
 * The rate limiter's own Lettuce client, on one Redis server or on a Redis Cluster (each bucket is
 * one key, so a cluster needs no hash tags): it opens the limiter's one connection and puts
 * Bucket4j's proxy manager on it.
 */
abstract sealed class LimiterClient implements AutoCloseable {

    static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private volatile StatefulConnection<String, byte[]> connection;

    static LimiterClient standalone(RedisURI server, ClientOptions options, ClientResources resources) {
        RedisClient client = resources == null ? RedisClient.create(server) : RedisClient.create(resources, server);
        client.setOptions(options);
        return new Standalone(client);
    }

    /** {@code nodes}: some nodes of the cluster, to discover the rest from; the topology is followed as {@link ClusterTopologyRefresh} says. */
    static LimiterClient cluster(List<RedisURI> nodes, ClientOptions options, ClientResources resources) {
        RedisClusterClient client = resources == null ? RedisClusterClient.create(nodes) : RedisClusterClient.create(resources, nodes);
        client.setOptions(ClusterTopologyRefresh.clusterOptions(options));
        return new Cluster(client);
    }

    /** Opens the connection (called once) and starts a proxy manager on it. */
    abstract LettuceBasedProxyManagerBuilder<String> connect();

    abstract void shutdown();

    /** Commands on the connection {@link #connect()} opened, for the sliding-window script (one key: any node). */
    abstract RedisClusterCommands<String, byte[]> sync();

    final <C extends StatefulConnection<String, byte[]>> C opened(C connection) {
        this.connection = connection;
        return connection;
    }

    @Override
    public final void close() {
        StatefulConnection<String, byte[]> open = connection;
        if (open != null) {
            open.close();
        }
        shutdown();
    }

    private static final class Standalone extends LimiterClient {

        private final RedisClient client;
        private volatile StatefulRedisConnection<String, byte[]> open;

        Standalone(RedisClient client) {
            this.client = client;
        }

        @Override
        LettuceBasedProxyManagerBuilder<String> connect() {
            open = opened(client.connect(CODEC));
            return Bucket4jLettuce.casBasedBuilder(open);
        }

        @Override
        RedisClusterCommands<String, byte[]> sync() {
            return open.sync();
        }

        @Override
        void shutdown() {
            client.shutdown();
        }
    }

    private static final class Cluster extends LimiterClient {

        private final RedisClusterClient client;
        private volatile StatefulRedisClusterConnection<String, byte[]> open;

        Cluster(RedisClusterClient client) {
            this.client = client;
        }

        @Override
        LettuceBasedProxyManagerBuilder<String> connect() {
            open = opened(client.connect(CODEC));
            return Bucket4jLettuce.casBasedBuilder(open);
        }

        @Override
        RedisClusterCommands<String, byte[]> sync() {
            return open.sync();
        }

        @Override
        void shutdown() {
            client.shutdown();
        }
    }
}
