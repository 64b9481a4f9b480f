package dev.stride.bootstrap.embedded;

import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.util.HashMap;
import java.util.Map;

/**
 * Lets {@code java -jar stride.jar} run with nothing but a JDK: when no PostgreSQL
 * ({@code spring.datasource.url}) or no Redis ({@code spring.data.redis.host/port/url}) is
 * configured, it starts an embedded one on the data in {@code stride.embedded.data-dir} and points
 * Spring at it. Anything configured wins, and {@code stride.embedded.enabled=false} turns this off
 * entirely. The server build (the container image) carries no embedded binaries: there a missing
 * server stops the start-up with a message saying which variable to set.
 */
public class EmbeddedInfrastructure implements EnvironmentPostProcessor {

    private static final String SOURCE = "strideEmbeddedInfrastructure";
    private static final String POSTGRES_LIBRARY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    private static final String REDIS_LIBRARY = "redis.embedded.RedisServer";
    private final Log log;

    public EmbeddedInfrastructure(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedInfrastructure.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EmbeddedProperties settings = Binder.get(environment).bindOrCreate("stride.embedded", EmbeddedProperties.class);
        boolean needsPostgres = !environment.containsProperty("spring.datasource.url");
        boolean needsRedis = !hasRedis(environment);
        if (!settings.enabled() || !(needsPostgres || needsRedis) || environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        requireLibrary(needsPostgres, POSTGRES_LIBRARY, "PostgreSQL", "SPRING_DATASOURCE_URL");
        requireLibrary(needsRedis, REDIS_LIBRARY, "Redis", "SPRING_DATA_REDIS_HOST/PORT or SPRING_DATA_REDIS_URL");
        EmbeddedDataDirectory data = EmbeddedDataDirectory.lock(settings.dataDir());
        Map<String, Object> properties = new HashMap<>();
        if (needsPostgres) {
            String jdbcUrl = EmbeddedServers.postgresJdbcUrl(data);
            log.warn("No spring.datasource.url configured: started an embedded PostgreSQL at " + jdbcUrl
                    + ". Set SPRING_DATASOURCE_URL for a real server.");
            properties.put("spring.datasource.url", jdbcUrl);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
        }
        if (needsRedis) {
            int port = EmbeddedServers.redisPort(data);
            log.warn("No Redis configured: started an embedded Redis on 127.0.0.1:" + port
                    + ". Set SPRING_DATA_REDIS_HOST/PORT or SPRING_DATA_REDIS_URL for a real server.");
            properties.put("spring.data.redis.host", "127.0.0.1");
            properties.put("spring.data.redis.port", port);
        }
        log.warn("The embedded servers keep their data in " + data.root() + " (stride.embedded.data-dir): it survives"
                + " restarts. To throw it away, stop Stride and delete that directory.");
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
    }

    private static void requireLibrary(boolean needed, String className, String server, String variables) {
        if (needed && !ClassUtils.isPresent(className, EmbeddedInfrastructure.class.getClassLoader())) {
            throw new IllegalStateException("No " + server + " configured, and this build of Stride carries no embedded "
                    + server + " (the server build, as in the container image): set " + variables + ".");
        }
    }

    private static boolean hasRedis(ConfigurableEnvironment environment) {
        return environment.containsProperty("spring.data.redis.url")
                || environment.containsProperty("spring.data.redis.host")
                || environment.containsProperty("spring.data.redis.port")
                || environment.containsProperty("spring.data.redis.cluster.nodes");
    }
}
