package dev.stride.adapters.redis;

import io.lettuce.core.RedisURI;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/** A server of the state role ({@code spring.data.redis.*}), with its credentials, for a Lettuce connection Stride opens itself. */
public final class StateServerUri {

    private StateServerUri() {
    }

    /**
     * The state role's one server, or null when it is a Redis Cluster, a Sentinel or a master/replica
     * set: Spring Boot reports a standalone server (its host and port properties) whatever else is set.
     */
    public static DataRedisConnectionDetails.Standalone singleServer(DataRedisConnectionDetails state) {
        boolean single = state.getCluster() == null && state.getSentinel() == null && state.getMasterReplica() == null;
        return single ? state.getStandalone() : null;
    }

    /** @param clientName how the connection shows in {@code CLIENT LIST} */
    public static RedisURI of(DataRedisConnectionDetails state, String host, int port, int database, String clientName) {
        RedisURI.Builder uri = RedisURI.builder().withHost(host).withPort(port).withDatabase(database)
                .withSsl(state.getSslBundle() != null); // trusts the JVM's CA certificates, not the bundle's
        if (state.getPassword() != null) {
            uri = state.getUsername() == null
                    ? uri.withPassword(state.getPassword().toCharArray())
                    : uri.withAuthentication(state.getUsername(), state.getPassword().toCharArray());
        }
        RedisURI built = uri.build();
        built.setClientName(clientName);
        return built;
    }
}
