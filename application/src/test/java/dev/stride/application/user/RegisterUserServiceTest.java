package dev.stride.application.user;

import dev.stride.application.port.in.user.RegisterUserCommand;
import dev.stride.application.testing.InMemoryUserRepository;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.PlainTextPasswordHasher;
import dev.stride.domain.shared.ConflictException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.Role;
import dev.stride.domain.user.User;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterUserServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
    private final RegisterUserService service = new RegisterUserService(users, hasher, new MutableClock(NOW));

    @Test
    void createsAUserAccountStoringOnlyAHashOfThePassword() {
        User user = service.register(RegisterUserCommand.of("ann@example.org", "correct horse", "Ann"));

        assertThat(user.email()).isEqualTo(new Email("ann@example.org"));
        assertThat(user.displayName()).isEqualTo("Ann");
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.passwordHash()).isNotEqualTo("correct horse");
        assertThat(hasher.matches("correct horse", user.passwordHash())).isTrue();
        assertThat(users.findLiveById(user.id())).contains(user);
    }

    @Test
    void withoutADisplayNameUsesTheEmailsLocalPart() {
        User user = service.register(RegisterUserCommand.of("Ann.Lee@Example.org", "correct horse", null));

        assertThat(user.displayName()).isEqualTo("ann.lee");
    }

    @Test
    void anEmailTakenByALiveAccountIsAConflict() {
        User first = service.register(RegisterUserCommand.of("ann@example.org", "correct horse", "Ann"));

        assertThatThrownBy(() -> service.register(RegisterUserCommand.of("ANN@example.org", "another one", "Other")))
                .isInstanceOf(ConflictException.class);
        assertThat(users.all()).containsExactly(first);
    }

    @Test
    void theEmailOfADeletedAccountCanBeRegisteredAgain() {
        User gone = service.register(RegisterUserCommand.of("ann@example.org", "correct horse", "Ann"));
        users.softDelete(gone.id(), NOW);

        User again = service.register(RegisterUserCommand.of("ann@example.org", "brand new pw", "Ann"));

        assertThat(users.findLiveByEmail(new Email("ann@example.org"))).contains(again);
    }
}
