package dev.stride.adapters.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StrideSecurityPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SigningKeyOnly.class);

    /** Not a @Configuration: WebConfiguration's component scan would pick it up in the other tests. */
    @EnableConfigurationProperties(StrideSecurityProperties.class)
    static class SigningKeyOnly {

        @Bean
        JwtSigningKey jwtSigningKey(StrideSecurityProperties properties) {
            return JwtSigningKey.from(properties);
        }
    }

    @Test
    void theConfiguredSecretIsTheKeyAndTokensLiveFifteenMinutesByDefault(CapturedOutput output) {
        String secret = "q7Rz2Kx9Vb4Nm8Lp1Wc6Ht3Yf5Jd0Gs!";
        context.withPropertyValues("stride.security.jwt-secret=" + secret).run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(JwtSigningKey.class).key().getEncoded())
                    .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
            StrideSecurityProperties properties = started.getBean(StrideSecurityProperties.class);
            assertThat(properties.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.refreshTokenTtl()).isEqualTo(Duration.ofDays(30));
            assertThat(properties.refreshTokenMaxLifetime()).isEqualTo(Duration.ofDays(90));
            assertThat(properties.revocationCheckBackOff()).isEqualTo(Duration.ofSeconds(1));
            assertThat(properties.toString()).as("never prints the key").doesNotContain(secret);
        });
        assertThat(output).doesNotContain("single instance");
    }

    @Test
    void aSecretShorterThan32BytesStopsTheStartWithAClearMessage() {
        context.withPropertyValues("stride.security.jwt-secret=" + "s".repeat(31)).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("stride.security.jwt-secret must be at least 32 bytes")
                    .hasMessageContaining("it has 31");
        });
    }

    /** Abuse case: a guessable key lets anyone mint an admin's token. */
    @Test
    void aPassphraseOrTheOldComposeFallbackStopsTheStartWithAClearMessage() {
        context.withPropertyValues("stride.security.jwt-secret=local-compose-secret-change-me-0123456789").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("stride.security.jwt-secret looks like a passphrase")
                    .hasMessageContaining("openssl rand -base64 48");
        });
    }

    @Test
    void withoutASecretARandomKeyIsGeneratedWithAWarning(CapturedOutput output) {
        byte[][] keys = new byte[2][];
        for (int i = 0; i < 2; i++) {
            int run = i;
            context.run(started -> keys[run] = started.getBean(JwtSigningKey.class).key().getEncoded());
        }

        assertThat(keys[0]).hasSize(32).isNotEqualTo(keys[1]);
        assertThat(output).contains("WARN").contains("stride.security.jwt-secret is not set").contains("single instance");
    }

    @Test
    void theAccessTokenLifetimeIsConfigurableButMustBePositive() {
        context.withPropertyValues("stride.security.access-token-ttl=5m").run(started ->
                assertThat(started.getBean(StrideSecurityProperties.class).accessTokenTtl()).isEqualTo(Duration.ofMinutes(5)));
        context.withPropertyValues("stride.security.access-token-ttl=0s").run(started ->
                assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("access-token-ttl must be positive"));
    }

    @Test
    void sessionLifetimesMustBePositiveAndTheRevocationBackOffNotNegative() {
        context.withPropertyValues("stride.security.refresh-token-ttl=0s").run(started ->
                assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("refresh-token-ttl must be positive"));
        context.withPropertyValues("stride.security.refresh-token-max-lifetime=-1d").run(started ->
                assertThat(started.getStartupFailure()).rootCause()
                        .hasMessageContaining("refresh-token-max-lifetime must be positive"));
        context.withPropertyValues("stride.security.revocation-check-back-off=-1s").run(started ->
                assertThat(started.getStartupFailure()).rootCause()
                        .hasMessageContaining("revocation-check-back-off must not be negative"));
        context.withPropertyValues("stride.security.revocation-check-back-off=0s").run(started ->
                assertThat(started.getBean(StrideSecurityProperties.class).revocationCheckBackOff()).isZero());
    }
}
