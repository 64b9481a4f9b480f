package dev.stride.testsupport;

import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * A real Redis Cluster for tests, picked in this order: the cluster named by
 * {@code STRIDE_TEST_REDIS_CLUSTER_NODES} ({@code host:port,host:port}, some of its nodes); a
 * {@link LocalRedisCluster} of this JVM's own (3 masters, a replica each), started on first use and
 * stopped when the JVM exits. Each test JVM gets a key prefix of its own, as on {@link TestRedis}.
 * A test that kills nodes starts a {@link LocalRedisCluster} of its own instead.
 */
public final class TestRedisCluster {

    private static final Logger log = LoggerFactory.getLogger(TestRedisCluster.class);
    /** Generous: a busy machine must not make the shared cluster fail over by itself. */
    private static final Duration SHARED_NODE_TIMEOUT = Duration.ofSeconds(5);
    private static RedisClusterEndpoint shared;

    private TestRedisCluster() {
    }

    public static synchronized RedisClusterEndpoint shared() {
        if (shared == null) {
            String prefix = "stride-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
            shared = Setting.get("redis.cluster.nodes")
                    .map(nodes -> configured(nodes, prefix))
                    .orElseGet(() -> ownCluster(prefix));
            log.info("Tests use the Redis Cluster at {} with key prefix {}", shared.nodesProperty(), prefix);
        }
        return shared;
    }

    private static RedisClusterEndpoint configured(String nodes, String prefix) {
        RedisClusterEndpoint endpoint = new RedisClusterEndpoint(
                Arrays.stream(nodes.split(",")).map(String::strip).filter(node -> !node.isEmpty()).toList(), prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteKeys(endpoint)));
        return endpoint;
    }

    private static RedisClusterEndpoint ownCluster(String prefix) {
        LocalRedisCluster cluster = LocalRedisCluster.start(3, SHARED_NODE_TIMEOUT);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        return cluster.endpoint(prefix);
    }

    /** Leaves a shared cluster as it was found. */
    static void deleteKeys(RedisClusterEndpoint endpoint) {
        RedisClusterClient client = RedisClusterClient.create(endpoint.uris().stream().map(RedisURI::create).toList());
        try (StatefulRedisClusterConnection<String, String> connection = client.connect()) {
            TestRedis.unlinkAll(connection.sync(), endpoint.keyPrefix());
        } catch (RuntimeException e) {
            log.warn("could not delete test keys {}* on the cluster: {}", endpoint.keyPrefix(), e.getMessage());
        } finally {
            client.shutdown();
        }
    }
}
