package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.ClusterTopologyRefresh;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce.LettuceBasedProxyManagerBuilder;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
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

        Standalone(RedisClient client) {
            this.client = client;
        }

        @Override
        LettuceBasedProxyManagerBuilder<String> connect() {
            return Bucket4jLettuce.casBasedBuilder(opened(client.connect(CODEC)));
        }

        @Override
        void shutdown() {
            client.shutdown();
        }
    }

    private static final class Cluster extends LimiterClient {

        private final RedisClusterClient client;

        Cluster(RedisClusterClient client) {
            this.client = client;
        }

        @Override
        LettuceBasedProxyManagerBuilder<String> connect() {
            return Bucket4jLettuce.casBasedBuilder(opened(client.connect(CODEC)));
        }

        @Override
        void shutdown() {
            client.shutdown();
        }
    }
}
