package dev.stride.adapters.web.cors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorsPropertiesTest {

    @Test
    void noOriginsByDefault() {
        assertThat(new CorsProperties(null, Duration.ofHours(1)).allowedOrigins()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.org", "http://localhost:5173", "https://[::1]:8443", "*"})
    void originsAreAccepted(String origin) {
        assertThat(new CorsProperties(List.of(origin), Duration.ofHours(1)).allowedOrigins()).containsExactly(origin);
    }

    /** Each of these would silently never match what a browser sends. */
    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.org/", "https://app.example.org/path", "app.example.org",
            "https://app.example.org?x=1", "https://user@app.example.org", "not an origin", ""})
    void anythingButAnOriginStopsTheStartUp(String origin) {
        assertThatThrownBy(() -> new CorsProperties(List.of(origin), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stride.cors.allowed-origins");
    }
}
