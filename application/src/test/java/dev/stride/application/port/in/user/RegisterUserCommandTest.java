package dev.stride.application.port.in.user;

import dev.stride.domain.shared.FieldViolation;
import dev.stride.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RegisterUserCommandTest {

    @Test
    void reportsABadEmailAndABadPasswordTogether() {
        ValidationException rejected = catchThrowableOfType(ValidationException.class,
                () -> RegisterUserCommand.of("not an email", "short", null));

        assertThat(rejected.violations()).extracting(FieldViolation::field).containsExactly("email", "password");
    }

    @Test
    void acceptsPasswordsFrom8To128Characters() {
        assertThat(RegisterUserCommand.of("ann@example.org", "x".repeat(8), null).password()).hasSize(8);
        assertThat(RegisterUserCommand.of("ann@example.org", "x".repeat(128), null).password()).hasSize(128);
        assertThatThrownBy(() -> RegisterUserCommand.of("ann@example.org", "x".repeat(7), null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> RegisterUserCommand.of("ann@example.org", "x".repeat(129), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(RegisterUserCommand.of("ann@example.org", "secret-password", null).toString())
                .doesNotContain("secret-password");
    }
}
