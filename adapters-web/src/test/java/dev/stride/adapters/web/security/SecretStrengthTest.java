package dev.stride.adapters.web.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SecretStrengthTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "local-compose-secret-change-me-0123456789", // the fallback docker-compose.yml once shipped
            "web-adapter-tests-secret-of-at-least-32-bytes",
            "correct horse battery staple, and then some",
            "my-super-secret-jwt-key-for-stride-2026"})
    void passphrasesAreRefused(String secret) {
        assertThat(SecretStrength.weakness(secret)).hasValueSatisfying(reason ->
                assertThat(reason).contains("passphrase").contains("openssl rand"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababababababababababababababababab",
            "1234123412341234123412341234123412341234", "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"})
    void aFewCharactersRepeatedAreRefused(String secret) {
        assertThat(SecretStrength.weakness(secret)).hasValueSatisfying(reason -> assertThat(reason).contains("repeats"));
    }

    @Test
    void fewerThan32BytesAreRefused() {
        assertThat(SecretStrength.weakness("Xb4Nq8Tz1Kc7Pw3Lr9Vm2Hs6Yd0Jf5G")).hasValueSatisfying(reason ->
                assertThat(reason).contains("at least 32 bytes").contains("it has 31"));
    }

    /** What a key generator gives (openssl rand -base64 32 / -hex 32 and the like) always passes. */
    @Test
    void randomKeysPass() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            byte[] key = new byte[32];
            random.nextBytes(key);
            assertThat(SecretStrength.weakness(Base64.getEncoder().encodeToString(key))).isEmpty();
            assertThat(SecretStrength.weakness(Base64.getUrlEncoder().withoutPadding().encodeToString(key))).isEmpty();
            assertThat(SecretStrength.weakness(HexFormat.of().formatHex(key))).isEmpty();
        }
    }
}
