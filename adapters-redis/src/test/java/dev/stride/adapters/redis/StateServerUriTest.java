package dev.stride.adapters.redis;

import org.junit.jupiter.api.Test;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot reports a standalone server (spring.data.redis.host and port, localhost:6379 by
 * default) whatever else is configured: a connection of Stride's own to "the state server" must not
 * go there when the state role is a Sentinel, a master/replica set or a cluster.
 */
public class StateServerUriTest {

    private static final DataRedisConnectionDetails.Standalone DEFAULT = DataRedisConnectionDetails.Standalone.of("localhost", 6379);

    @Test
    void aSingleServerIsTheStandaloneOne() {
        DataRedisConnectionDetails state = new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return DEFAULT;
            }
        };

        assertThat(StateServerUri.singleServer(state)).isSameAs(DEFAULT);
    }

    @Test
    void aSentinelIsNoSingleServer() {
        assertThat(StateServerUri.singleServer(sentinel())).isNull();
    }

    @Test
    void aMasterReplicaSetOrAClusterIsNoSingleServer() {
        List<DataRedisConnectionDetails.Node> nodes = List.of(new DataRedisConnectionDetails.Node("redis-1", 6379));
        DataRedisConnectionDetails masterReplica = new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return DEFAULT;
            }

            @Override
            public MasterReplica getMasterReplica() {
                return () -> nodes;
            }
        };
        DataRedisConnectionDetails cluster = new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return DEFAULT;
            }

            @Override
            public Cluster getCluster() {
                return () -> nodes;
            }
        };

        assertThat(StateServerUri.singleServer(masterReplica)).isNull();
        assertThat(StateServerUri.singleServer(cluster)).isNull();
    }

    /** A state role on a Sentinel, as Spring Boot reports it: with the default standalone server too. */
    public static DataRedisConnectionDetails sentinel() {
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return DEFAULT;
            }

            @Override
            public Sentinel getSentinel() {
                return new Sentinel() {
                    @Override
                    public int getDatabase() {
                        return 0;
                    }

                    @Override
                    public String getMaster() {
                        return "mymaster";
                    }

                    @Override
                    public List<Node> getNodes() {
                        return List.of(new Node("sentinel-1", 26379));
                    }

                    @Override
                    public String getUsername() {
                        return null;
                    }

                    @Override
                    public String getPassword() {
                        return null;
                    }
                };
            }
        };
    }
}
