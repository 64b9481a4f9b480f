package dev.stride.bootstrap.embedded;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Lets {@code java -jar stride.jar} run with nothing but a JDK: when no PostgreSQL
 * ({@code spring.datasource.url}) or no Redis ({@code spring.data.redis.host/port/url}) is
 * configured, it starts an embedded one and points Spring at it. Anything configured wins, and
 * {@code stride.embedded.enabled=false} turns this off entirely.
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor {

    private static final String SOURCE = "strideEmbeddedInfrastructure";
    private final Log log;

    public EmbeddedInfrastructure(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedInfrastructure.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("stride.embedded.enabled", Boolean.class, true)
                || environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        if (!environment.containsProperty("spring.datasource.url")) {
            String jdbcUrl = EmbeddedServers.postgresJdbcUrl();
            log.warn("No spring.datasource.url configured: started an embedded PostgreSQL at " + jdbcUrl
                    + ". Its data is lost when Stride stops. Set SPRING_DATASOURCE_URL for a real server.");
            properties.put("spring.datasource.url", jdbcUrl);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
        }
        if (!hasRedis(environment)) {
            int port = EmbeddedServers.redisPort();
            log.warn("No Redis configured: started an embedded Redis on 127.0.0.1:" + port
                    + ". Set SPRING_DATA_REDIS_HOST/PORT or SPRING_DATA_REDIS_URL for a real server.");
            properties.put("spring.data.redis.host", "127.0.0.1");
            properties.put("spring.data.redis.port", port);
        }
        if (!properties.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
        }
    }

    private static boolean hasRedis(ConfigurableEnvironment environment) {
        return environment.containsProperty("spring.data.redis.url")
                || environment.containsProperty("spring.data.redis.host")
                || environment.containsProperty("spring.data.redis.port")
                || environment.containsProperty("spring.data.redis.cluster.nodes");
    }
}
