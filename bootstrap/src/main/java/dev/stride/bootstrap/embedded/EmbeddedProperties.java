package dev.stride.bootstrap.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * {@code stride.embedded.*}: the PostgreSQL and Redis that {@code java -jar stride.jar} starts when no
 * server is configured. Bound by {@link EmbeddedInfrastructure} before the application context exists.
 *
 * @param enabled start embedded PostgreSQL/Redis when none is configured ({@code false} forbids it: a
 *                missing server then fails the start-up)
 * @param dataDir directory where the embedded PostgreSQL and Redis keep their data between starts;
 *                delete it (with Stride stopped) to start from scratch
 */
@ConfigurationProperties("stride.embedded")
public record EmbeddedProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./stride-data") Path dataDir) {
}
