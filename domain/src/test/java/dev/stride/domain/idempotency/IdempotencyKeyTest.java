package dev.stride.domain.idempotency;

import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", " ", "8e03978e-40d5-43e8-bc93-6894a57f9324", "\"quoted\"", "{braces}~!"})
    void printableAsciiIsAKey(String value) {
        assertThat(new IdempotencyKey(1, value).value()).isEqualTo(value);
        assertThat(new IdempotencyKey(1, "k".repeat(255)).value()).hasSize(255);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tab\there", "del\u007f", "nul\u0000", "caf\u00e9", "line\nbreak", "\u4e2d"})
    void anythingElseIsInvalid(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(1, value)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Idempotency-Key");
    }

    @Test
    void nullAndOverlongKeysAreInvalid() {
        assertThatThrownBy(() -> new IdempotencyKey(1, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new IdempotencyKey(1, "k".repeat(256))).isInstanceOf(ValidationException.class);
    }
}
