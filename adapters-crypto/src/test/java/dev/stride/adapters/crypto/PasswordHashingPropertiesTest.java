package dev.stride.adapters.crypto;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHashingPropertiesTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void defaultsToOwaspsMinimumForArgon2idAndHalfTheCpus() {
        PasswordHashingProperties defaults = bind(Map.of());

        assertThat(defaults.memoryKiB()).isEqualTo(19 * 1024);
        assertThat(defaults.iterations()).isEqualTo(2);
        assertThat(defaults.parallelism()).isEqualTo(1);
        assertThat(defaults.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.threads(8, 4 * GIB)).isEqualTo(4);
        assertThat(defaults.threads(2, 4 * GIB)).isEqualTo(1);
        assertThat(defaults.threads(1, 4 * GIB)).as("always at least one").isEqualTo(1);
    }

    @Test
    void theHeapShareBoundsTheHashesAtOnceOnManyCores() {
        PasswordHashingProperties defaults = bind(Map.of());

        // 64 cores would allow 32 hashes; a quarter of 512 MiB holds 6 of 19 MiB
        assertThat(defaults.threads(64, 512L * 1024 * 1024)).isEqualTo(6);
        assertThat(defaults.threads(64, 16 * GIB)).isEqualTo(32);
    }

    @Test
    void settingsWeakerThanOwaspsTableAreRefused() {
        assertThatThrownBy(() -> bind(Map.of("memory", "16MB"))).hasRootCauseMessage(
                "stride.security.password-hashing.memory of 16384 KiB with 2 iteration(s) is below OWASP's minimum"
                        + " for Argon2id (19 MiB); raise the memory or the iterations");
        assertThatThrownBy(() -> bind(Map.of("memory", "45MB", "iterations", "1"))).isInstanceOf(BindException.class);
        assertThat(bind(Map.of("memory", "46MB", "iterations", "1")).iterations()).isEqualTo(1);
        assertThat(bind(Map.of("memory", "12MB", "iterations", "3")).memoryKiB()).isEqualTo(12 * 1024);
        assertThat(bind(Map.of("memory", "7MB", "iterations", "9")).iterations()).isEqualTo(9);
    }

    @Test
    void sharesOutsideZeroToOneAndANegativeQueueAreRefused() {
        assertThatThrownBy(() -> bind(Map.of("cpu-share", "0"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("heap-share", "1.5"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("queue-per-thread", "-1"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("retry-after", "0s"))).isInstanceOf(BindException.class);
    }

    private static PasswordHashingProperties bind(Map<String, String> settings) {
        Map<String, String> prefixed = new java.util.HashMap<>();
        settings.forEach((key, value) -> prefixed.put("stride.security.password-hashing." + key, value));
        return new Binder(new MapConfigurationPropertySource(prefixed))
                .bindOrCreate("stride.security.password-hashing", PasswordHashingProperties.class);
    }
}
