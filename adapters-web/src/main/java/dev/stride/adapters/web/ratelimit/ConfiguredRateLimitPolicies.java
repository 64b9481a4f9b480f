package dev.stride.adapters.web.ratelimit;

import dev.stride.domain.ratelimit.RateLimitPolicies;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The policies as configured now: {@code stride.rate-limit.*} bound again from the environment,
 * with the file of {@code stride.rate-limit.config-file} (YAML, or properties) read afresh over it,
 * so that a deployer edits the file and reloads. The file's own location is read at start-up only.
 */
public final class ConfiguredRateLimitPolicies {

    private static final String PREFIX = "stride.rate-limit";
    /** The name under which Spring Boot attaches its configuration-property view of the environment. */
    private static final String ATTACHED = "configurationProperties";

    private final ConfigurableEnvironment environment;
    private final Path file;

    ConfiguredRateLimitPolicies(ConfigurableEnvironment environment, Path file) {
        this.environment = environment;
        this.file = file;
    }

    /** @throws IllegalArgumentException when the configuration does not make valid policies, or the file cannot be read */
    public RateLimitPolicies load() {
        List<PropertySource<?>> sources = new ArrayList<>(fileSources());
        environment.getPropertySources().stream()
                .filter(source -> !ATTACHED.equals(source.getName())) // Spring's view of all the others: would bind the old values first
                .forEach(sources::add);
        try {
            return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate(PREFIX, RateLimitProperties.class).toDomain();
        } catch (BindException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalArgumentException("invalid rate-limit configuration: " + cause.getMessage(), e);
        }
    }

    private List<PropertySource<?>> fileSources() {
        if (file == null) {
            return List.of();
        }
        String name = file.getFileName().toString();
        PropertySourceLoader loader = name.endsWith(".properties") ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
        try {
            return loader.load("stride.rate-limit.config-file", new FileSystemResource(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read stride.rate-limit.config-file " + file + ": " + e.getMessage(), e);
        }
    }
}
