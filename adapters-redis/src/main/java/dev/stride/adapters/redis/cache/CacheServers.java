package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.StateServerUri;
import io.lettuce.core.RedisURI;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

import java.util.List;

/**
 * Which Redis the cache uses: {@code stride.cache.redis.url}, else {@code stride.cache.redis.cluster.nodes},
 * else the state role's server or cluster ({@code spring.data.redis.*}), with its credentials.
 *
 * @param cluster whether {@code uris} are nodes of a Redis Cluster (else one server)
 */
record CacheServers(List<RedisURI> uris, boolean cluster) {

    private static final String CLIENT_NAME = "stride-cache";

    static CacheServers of(RedisCacheProperties properties, DataRedisConnectionDetails state) {
        boolean ownServer = properties.url() != null && !properties.url().isBlank();
        List<String> ownNodes = properties.cluster().nodes();
        if (ownServer && !ownNodes.isEmpty()) {
            throw new IllegalStateException("set stride.cache.redis.url or stride.cache.redis.cluster.nodes, not both");
        }
        if (ownServer) {
            return new CacheServers(List.of(named(RedisURI.create(properties.url()))), false);
        }
        if (!ownNodes.isEmpty()) {
            return new CacheServers(ownNodes.stream()
                    .map(node -> named(RedisURI.create(node.contains("://") ? node : "redis://" + node))).toList(), true);
        }
        if (state.getCluster() != null) {
            return new CacheServers(state.getCluster().getNodes().stream()
                    .map(node -> StateServerUri.of(state, node.host(), node.port(), 0, CLIENT_NAME)).toList(), true);
        }
        DataRedisConnectionDetails.Standalone server = StateServerUri.singleServer(state);
        if (server == null) {
            throw new IllegalStateException("the cache cannot share a Sentinel or master/replica state Redis: "
                    + "set stride.cache.redis.url or stride.cache.redis.cluster.nodes");
        }
        return new CacheServers(List.of(StateServerUri.of(state, server.getHost(), server.getPort(), server.getDatabase(), CLIENT_NAME)), false);
    }

    private static RedisURI named(RedisURI uri) {
        uri.setClientName(CLIENT_NAME);
        return uri;
    }
}
