package dev.stride.adapters.crypto;

import dev.stride.domain.port.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHashingConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(PasswordHashingConfiguration.class);

    @Test
    void withNothingConfiguredTheHasherUsesOwaspsMinimumForArgon2id() {
        context.run(started -> {
            PasswordHasher hasher = started.getBean(PasswordHasher.class);

            assertThat(hasher.hash("correct horse battery")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        });
    }

    @Test
    void theConfiguredSettingsMakeTheHashesAndOlderOnesAskForARehash() {
        context.withPropertyValues("stride.security.password-hashing.memory=24MB",
                "stride.security.password-hashing.iterations=3").run(started -> {
            PasswordHasher hasher = started.getBean(PasswordHasher.class);

            assertThat(hasher.hash("pw")).startsWith("$argon2id$v=19$m=24576,t=3,p=1$");
            assertThat(hasher.needsRehash(new Argon2PasswordHasher(19 * 1024, 2, 1, 1).hash("pw"))).isTrue();
        });
    }

    @Test
    void settingsWeakerThanOwaspsStopTheStartUp() {
        context.withPropertyValues("stride.security.password-hashing.memory=8MB").run(started ->
                assertThat(started).hasFailed().getFailure().hasRootCauseMessage(
                        "stride.security.password-hashing.memory of 8192 KiB with 2 iteration(s) is below OWASP's"
                                + " minimum for Argon2id (19 MiB); raise the memory or the iterations"));
    }
}
