package dev.stride.adapters.crypto;

import dev.stride.domain.port.PasswordHasher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link PasswordHasher}: Argon2id, bounded to a share of the CPUs and of the heap. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasswordHashingProperties.class)
public class PasswordHashingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingConfiguration.class);

    @Bean
    BoundedPasswordHasher passwordHasher(PasswordHashingProperties settings) {
        Runtime runtime = Runtime.getRuntime();
        int threads = settings.threads(runtime.availableProcessors(), runtime.maxMemory());
        int queued = threads * settings.queuePerThread();
        log.info("Password hashing: Argon2id m={} KiB t={} p={}, {} at once, {} waiting at most",
                settings.memoryKiB(), settings.iterations(), settings.parallelism(), threads, queued);
        return new BoundedPasswordHasher(
                new Argon2PasswordHasher(settings.memoryKiB(), settings.iterations(), settings.parallelism(), threads),
                threads, queued, settings.retryAfter());
    }

    /** How busy hashing is: a login burst shows as {@code password_hashing_waiting} at its bound, and 503s on login. */
    @Bean
    MeterBinder passwordHashingMetrics(BoundedPasswordHasher hasher) {
        return registry -> {
            Gauge.builder("password.hashing.running", hasher, BoundedPasswordHasher::running)
                    .description("Password hashes being computed").register(registry);
            Gauge.builder("password.hashing.waiting", hasher, BoundedPasswordHasher::waiting)
                    .description("Password hashes waiting for a hashing thread").register(registry);
        };
    }
}
