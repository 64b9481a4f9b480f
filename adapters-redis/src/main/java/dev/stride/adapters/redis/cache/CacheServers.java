package dev.stride.adapters.redis.cache;

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
                    .map(node -> stateUri(state, node.host(), node.port(), 0)).toList(), true);
        }
        DataRedisConnectionDetails.Standalone server = state.getStandalone();
        if (server == null) {
            throw new IllegalStateException("the cache cannot share a Sentinel or master/replica state Redis: "
                    + "set stride.cache.redis.url or stride.cache.redis.cluster.nodes");
        }
        return new CacheServers(List.of(stateUri(state, server.getHost(), server.getPort(), server.getDatabase())), false);
    }

    private static RedisURI stateUri(DataRedisConnectionDetails state, String host, int port, int database) {
        RedisURI.Builder uri = RedisURI.builder().withHost(host).withPort(port).withDatabase(database)
                .withSsl(state.getSslBundle() != null); // trusts the JVM's CA certificates, not the bundle's
        if (state.getPassword() != null) {
            uri = state.getUsername() == null
                    ? uri.withPassword(state.getPassword().toCharArray())
                    : uri.withAuthentication(state.getUsername(), state.getPassword().toCharArray());
        }
        return named(uri.build());
    }

    private static RedisURI named(RedisURI uri) {
        uri.setClientName(CLIENT_NAME);
        return uri;
    }
}
