package dev.stride.bootstrap;

import dev.stride.testsupport.PostgresDatabase;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
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
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--spring.data.redis.host=" + redis.host(),
                "--spring.data.redis.port=" + redis.port(),
                "--stride.redis.key-prefix=" + redis.keyPrefix(),
                "--stride.security.jwt-secret=end-to-end-tests-secret-of-at-least-32-bytes",
                // every test signs up from 127.0.0.1: keep the limits on, but out of the way
                "--stride.rate-limit.policies.auth.limit=100000",
                "--stride.rate-limit.policies.anonymous.limit=100000"));
        overrides.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new RunningStride(new SpringApplicationBuilder(StrideApplication.class).run(args.toArray(String[]::new)));
    }

    ApiClient api() {
        return api;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String property(String key) {
        return context.getEnvironment().getProperty(key);
    }

    @Override
    public void close() {
        context.close();
    }
}
