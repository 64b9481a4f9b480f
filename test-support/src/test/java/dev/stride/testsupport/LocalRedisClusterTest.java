package dev.stride.testsupport;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class LocalRedisClusterTest {

    @Test
    void theSharedClusterSpreadsKeysOverEveryMasterAndCleansUpOnlyItsOwnKeys() {
        RedisClusterEndpoint endpoint = TestRedisCluster.shared();
        assertThat(TestRedisCluster.shared()).isSameAs(endpoint);
        RedisClusterClient client = client(endpoint);
        try (StatefulRedisClusterConnection<String, String> connection = client.connect()) {
            RedisAdvancedClusterCommands<String, String> redis = connection.sync();
            List<String> own = IntStream.range(0, 30).mapToObj(i -> endpoint.keyPrefix() + "k" + i).toList();
            own.forEach(key -> redis.set(key, "1"));
            String foreign = "not-" + endpoint.keyPrefix() + "k";
            redis.set(foreign, "1");
            assertThat(own.stream().map(SlotHash::getSlot).map(slot -> connection.getPartitions().getPartitionBySlot(slot).getNodeId())
                    .distinct()).as("the keys live on every master").hasSize(3);
            TestRedisCluster.deleteKeys(endpoint);

            assertThat(own.stream().mapToLong(key -> redis.exists(key)).sum()).isZero();
            assertThat(redis.exists(foreign)).isOne();
            redis.del(foreign);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aKilledMasterIsReplacedByItsReplicaAndRejoinsAsAReplica() {
        try (LocalRedisCluster cluster = LocalRedisCluster.start(3, Duration.ofSeconds(1))) {
            RedisClusterEndpoint endpoint = cluster.endpoint("failover:");
            RedisClusterClient client = client(endpoint);
            // commands for the dead master fail fast instead of waiting for it to come back; the topology follows the election
            client.setDefaultTimeout(Duration.ofSeconds(1));
            client.setOptions(ClusterClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enableAllAdaptiveRefreshTriggers().enablePeriodicRefresh(Duration.ofSeconds(1)).build()).build());
            try (StatefulRedisClusterConnection<String, String> connection = client.connect()) {
                RedisAdvancedClusterCommands<String, String> redis = connection.sync();
                redis.set("failover:key", "before");
                String masterBefore = connection.getPartitions().getPartitionBySlot(SlotHash.getSlot("failover:key")).getNodeId();
                // WAIT is keyless: sent through the cluster connection it would ask whichever node, not the key's master
                assertThat(connection.getConnection(masterBefore).sync().waitForReplication(1, 5000)).as("replicated").isOne();

                LocalRedisCluster.KilledMaster killed = cluster.killMasterServing("failover:key");
                cluster.awaitFailover(killed);

                await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                        .untilAsserted(() -> assertThat(redis.get("failover:key")).isEqualTo("before"));
                redis.set("failover:key", "after");
                assertThat(connection.getPartitions().getPartitionBySlot(killed.slot()).getNodeId()).isNotEqualTo(masterBefore);

                cluster.restart(killed);
                assertThat(cluster.nodes()).hasSize(6);
                assertThat(redis.get("failover:key")).isEqualTo("after");
            } finally {
                client.shutdown();
            }
        }
    }

    private static RedisClusterClient client(RedisClusterEndpoint endpoint) {
        return RedisClusterClient.create(endpoint.uris().stream().map(RedisURI::create).toList());
    }
}
