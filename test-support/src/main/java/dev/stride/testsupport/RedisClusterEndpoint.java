package dev.stride.testsupport;

import java.util.List;

/** A Redis Cluster for tests ({@code host:port} of some of its nodes) and the key prefix this test JVM owns on it. */
public record RedisClusterEndpoint(List<String> nodes, String keyPrefix) {

    public RedisClusterEndpoint {
        nodes = List.copyOf(nodes);
    }

    /** The value of {@code spring.data.redis.cluster.nodes}. */
    public String nodesProperty() {
        return String.join(",", nodes);
    }

    public List<String> uris() {
        return nodes.stream().map(node -> "redis://" + node).toList();
    }
}
