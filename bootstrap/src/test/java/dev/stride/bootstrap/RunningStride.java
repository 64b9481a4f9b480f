package dev.stride.bootstrap;

import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.RedisClusterEndpoint;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A whole Stride, started in this JVM on a random port against the test PostgreSQL and Redis,
 * exactly as {@code java -jar stride.jar} with those servers configured would run.
 */
final class RunningStride implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final ApiClient api;

    private RunningStride(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new ApiClient("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    static RunningStride start() {
        return start(Map.of());
    }

    /** {@code overrides} are extra properties, for example a smaller rate limit. */
    static RunningStride start(Map<String, String> overrides) {
        return start(TestPostgres.database(), TestRedis.shared(), overrides);
    }

    static RunningStride start(PostgresDatabase postgres, RedisEndpoint redis, Map<String, String> overrides) {
        return start(postgres, Map.of("spring.data.redis.host", redis.host(), "spring.data.redis.port", String.valueOf(redis.port()),
                "stride.redis.key-prefix", redis.keyPrefix()), overrides);
    }

    /** On a Redis Cluster, as with {@code SPRING_DATA_REDIS_CLUSTER_NODES} set. */
    static RunningStride startOnCluster(PostgresDatabase postgres, RedisClusterEndpoint redis, Map<String, String> overrides) {
        return start(postgres, Map.of("spring.data.redis.cluster.nodes", redis.nodesProperty(),
                "stride.redis.key-prefix", redis.keyPrefix()), overrides);
    }

    private static RunningStride start(PostgresDatabase postgres, Map<String, String> redis, Map<String, String> overrides) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.putAll(redis);
        properties.put("stride.security.jwt-secret", "Fh7Kq2Zx9Lm4Vb8Nt1Rc6Wp3Ys5Jd0Ga");
        // every test signs up from 127.0.0.1: keep the limits on, but out of the way
        properties.put("stride.rate-limit.policies.auth.limit", "100000");
        properties.put("stride.rate-limit.policies.anonymous.limit", "100000");
        properties.putAll(overrides);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningStride(new SpringApplicationBuilder(StrideApplication.class).run(args));
    }

    ApiClient api() {
        return api;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> Map<String, T> beans(Class<T> type) {
        return context.getBeansOfType(type);
    }

    String property(String key) {
        return context.getEnvironment().getProperty(key);
    }

    @Override
    public void close() {
        context.close();
    }
}
