package dev.stride.adapters.redis;

import dev.stride.testsupport.TestRedis;
import dev.stride.testsupport.TestRedisCluster;
import io.lettuce.core.ClientOptions;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisConfiguration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The two shapes of Redis every adapter test runs on: test-support's single server and its Redis
 * Cluster. Each gives connections like the application's (spring-data-redis on Lettuce, on a cluster
 * with {@link ClusterTopologyRefresh}), made once per test JVM, and the JVM's key prefix there.
 */
public enum RedisTopology {

    SINGLE_SERVER {
        @Override
        public String keyPrefix() {
            return TestRedis.shared().keyPrefix();
        }

        @Override
        RedisConfiguration configuration() {
            return new RedisStandaloneConfiguration(TestRedis.shared().host(), TestRedis.shared().port());
        }
    },
    CLUSTER {
        @Override
        public String keyPrefix() {
            return TestRedisCluster.shared().keyPrefix();
        }

        @Override
        RedisConfiguration configuration() {
            return new RedisClusterConfiguration(TestRedisCluster.shared().nodes());
        }
    };

    /** Generous, so that a busy build machine never turns a correctness test into a timeout. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private StringRedisTemplate template;

    public abstract String keyPrefix();

    abstract RedisConfiguration configuration();

    /** A template on a connection factory of its own, for this JVM's lifetime. */
    public synchronized StringRedisTemplate template() {
        if (template == null) {
            LettuceConnectionFactory factory = connectionFactory(COMMAND_TIMEOUT);
            Runtime.getRuntime().addShutdownHook(new Thread(factory::destroy));
            template = new StringRedisTemplate(factory);
            template.afterPropertiesSet();
        }
        return template;
    }

    /**
     * Returns once the server's own clock, by which Redis expires keys, has moved on by {@code duration}:
     * a real wait (Redis' time cannot be moved by hand), bounded, that ends with the condition rather than
     * at a guess.
     */
    public void awaitServerTimePassing(Duration duration) {
        long until = serverTimeMillis() + duration.toMillis();
        await("Redis' clock to move on by " + duration).atMost(duration.plusSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> serverTimeMillis() > until);
    }

    private long serverTimeMillis() {
        return template().execute((RedisCallback<Long>) connection -> connection.serverCommands().time(TimeUnit.MILLISECONDS));
    }

    /** A started connection factory; the caller destroys it. */
    public LettuceConnectionFactory connectionFactory(Duration commandTimeout) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(configuration(), LettuceClientConfiguration.builder()
                .commandTimeout(commandTimeout)
                .clientOptions(this == CLUSTER ? ClusterTopologyRefresh.clusterOptions(ClientOptions.create()) : ClientOptions.create())
                .build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
