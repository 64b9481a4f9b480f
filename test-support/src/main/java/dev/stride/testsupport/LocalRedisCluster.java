package dev.stride.testsupport;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.models.partitions.ClusterPartitionParser;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A Redis Cluster of this JVM's own: {@code masters} redis-server processes with
 * {@code --cluster-enabled yes} and a replica each, on free ports chosen now, joined by
 * {@code redis-cli --cluster create}. A test can SIGKILL the master that serves a key, wait for its
 * replica to take over, and restart the killed node (it rejoins as a replica).
 */
public final class LocalRedisCluster implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalRedisCluster.class);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);
    /** Redis listens for cluster-bus traffic on the client port + 10000. */
    private static final int BUS_PORT_OFFSET = 10000;

    private final Path directory;
    private final List<DedicatedRedis> nodes;
    private final RedisClient admin = RedisClient.create();

    /** A master this cluster lost to SIGKILL, and the slot of the key it served. */
    public record KilledMaster(int port, int slot) {
    }

    private LocalRedisCluster(Path directory, List<DedicatedRedis> nodes) {
        this.directory = directory;
        this.nodes = nodes;
    }

    /**
     * Starts {@code masters} masters and as many replicas; returns once every node sees the whole
     * cluster healthy and every replica is in sync with its master.
     *
     * @param nodeTimeout Redis' {@code cluster-node-timeout}: how long a silent master stays a master
     */
    public static LocalRedisCluster start(int masters, Duration nodeTimeout) {
        String redisCli = DedicatedRedis.onPath("redis-cli")
                .orElseThrow(() -> new IllegalStateException("a local Redis Cluster needs redis-cli on the PATH"));
        try {
            Path directory = Files.createTempDirectory("stride-redis-cluster");
            List<DedicatedRedis> nodes = new ArrayList<>();
            Set<Integer> taken = new HashSet<>();
            for (int i = 0; i < masters * 2; i++) {
                int port = portWithFreeBusPort(taken);
                Path nodeDirectory = Files.createDirectory(directory.resolve(String.valueOf(port)));
                nodes.add(new DedicatedRedis(port, List.of("--cluster-enabled", "yes",
                        "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", String.valueOf(nodeTimeout.toMillis()),
                        "--repl-diskless-sync-delay", "0",
                        "--dir", nodeDirectory.toString())));
            }
            LocalRedisCluster cluster = new LocalRedisCluster(directory, nodes);
            try {
                nodes.forEach(DedicatedRedis::start);
                cluster.create(redisCli);
                cluster.awaitHealthy();
                log.info("Started a local Redis Cluster on {}", cluster.nodes());
                return cluster;
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a local Redis Cluster", e);
        }
    }

    /** {@code host:port} of every node, masters and replicas. */
    public List<String> nodes() {
        return nodes.stream().map(node -> node.host() + ":" + node.port()).toList();
    }

    public RedisClusterEndpoint endpoint(String keyPrefix) {
        return new RedisClusterEndpoint(nodes(), keyPrefix);
    }

    /** SIGKILLs the master that serves {@code key} now: no shutdown, no last replication to its replica. */
    public KilledMaster killMasterServing(String key) {
        int slot = SlotHash.getSlot(key);
        RedisClusterNode master = topology().stream()
                .filter(node -> node.getRole().isUpstream() && node.hasSlot(slot))
                .findFirst().orElseThrow(() -> new IllegalStateException("no master serves slot " + slot));
        int port = master.getUri().getPort();
        node(port).stop();
        log.info("Killed the master on port {} (slot {})", port, slot);
        return new KilledMaster(port, slot);
    }

    /**
     * Freezes (SIGSTOP) the replicas of the master that serves {@code key}: the master goes on
     * acknowledging writes that no replica gets. Returns what resumes them.
     */
    public Runnable freezeReplicasOfMasterServing(String key) {
        int slot = SlotHash.getSlot(key);
        List<DedicatedRedis> replicas = new ArrayList<>();
        await("a replica of the master serving slot " + slot, () -> {
            List<RedisClusterNode> topology = topology();
            RedisClusterNode master = topology.stream()
                    .filter(node -> node.getRole().isUpstream() && node.hasSlot(slot))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no master serves slot " + slot));
            replicas.clear();
            topology.stream().filter(node -> master.getNodeId().equals(node.getSlaveOf()))
                    .forEach(node -> replicas.add(node(node.getUri().getPort())));
            return !replicas.isEmpty();
        });
        replicas.forEach(DedicatedRedis::pause);
        return () -> replicas.forEach(DedicatedRedis::resume);
    }

    /** Waits until every live node agrees that a live master serves the killed master's slots and the cluster is ok. */
    public void awaitFailover(KilledMaster killed) {
        await("a replica to take over from port " + killed.port(), () -> liveNodes().allMatch(node -> {
            List<RedisClusterNode> topology = parse(node);
            return clusterInfo(node).contains("cluster_state:ok") && topology.stream().anyMatch(candidate ->
                    candidate.getRole().isUpstream() && candidate.hasSlot(killed.slot())
                            && candidate.getUri().getPort() != killed.port()
                            && !candidate.is(RedisClusterNode.NodeFlag.FAIL));
        }));
    }

    /** Starts the killed node again on its port; it rejoins as a replica of the master that replaced it. */
    public void restart(KilledMaster killed) {
        node(killed.port()).start();
        awaitHealthy();
    }

    @Override
    public void close() {
        admin.shutdown();
        nodes.forEach(DedicatedRedis::close);
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("could not delete {}: {}", directory, e.getMessage());
        }
    }

    private void create(String redisCli) {
        List<String> command = new ArrayList<>(List.of(redisCli, "--cluster", "create"));
        command.addAll(nodes());
        command.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(SETTLE_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("redis-cli --cluster create failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every live node: cluster ok, all slots served, knows every node; every replica's link to its master up. */
    private void awaitHealthy() {
        await("the cluster to be healthy", () -> liveNodes().allMatch(node -> {
            String info = clusterInfo(node);
            boolean ok = info.contains("cluster_state:ok") && info.contains("cluster_slots_ok:16384")
                    && info.contains("cluster_known_nodes:" + nodes.size());
            String replication = call(node, commands -> commands.info("replication"));
            // every node must know every replica too: a client's first view of the topology comes from one of them
            long replicasSeen = parse(node).stream().filter(known -> known.getSlaveOf() != null).count();
            return ok && (replication.contains("role:master") || replication.contains("master_link_status:up"))
                    && !replication.contains("master_sync_in_progress:1") && replicasSeen == nodes.size() / 2;
        }));
    }

    private void await(String what, Callable<Boolean> condition) {
        Awaitility.await(what).atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(condition);
    }

    private List<RedisClusterNode> topology() {
        return liveNodes().findFirst().map(this::parse)
                .orElseThrow(() -> new IllegalStateException("no node of the cluster is running"));
    }

    private List<RedisClusterNode> parse(DedicatedRedis node) {
        return ClusterPartitionParser.parse(call(node, RedisCommands::clusterNodes)).getPartitions();
    }

    private String clusterInfo(DedicatedRedis node) {
        return call(node, RedisCommands::clusterInfo);
    }

    private String call(DedicatedRedis node, Function<RedisCommands<String, String>, String> command) {
        RedisURI uri = RedisURI.create(node.host(), node.port());
        uri.setTimeout(Duration.ofSeconds(2));
        try (StatefulRedisConnection<String, String> connection = admin.connect(uri)) {
            return command.apply(connection.sync());
        }
    }

    private Stream<DedicatedRedis> liveNodes() {
        return nodes.stream().filter(DedicatedRedis::running);
    }

    private DedicatedRedis node(int port) {
        return nodes.stream().filter(node -> node.port() == port).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node on port " + port));
    }

    /** A free port whose bus port is free too, neither of them in {@code taken} (to which both are added). */
    private static int portWithFreeBusPort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = DedicatedRedis.freePort();
            int busPort = port + BUS_PORT_OFFSET;
            if (busPort <= 65535 && !taken.contains(port) && !taken.contains(busPort) && DedicatedRedis.isFree(busPort)) {
                taken.add(port);
                taken.add(busPort);
                return port;
            }
        }
        throw new IllegalStateException("found no free port whose cluster-bus port (+" + BUS_PORT_OFFSET + ") is free");
    }
}
