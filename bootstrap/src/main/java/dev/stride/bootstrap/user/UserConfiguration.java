package dev.stride.bootstrap.user;

import dev.stride.application.event.UnitOfWork;
import dev.stride.adapters.web.security.StrideSecurityProperties;
import dev.stride.application.port.in.user.ChangeDisplayNameUseCase;
import dev.stride.application.port.in.user.ChangePasswordUseCase;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.application.port.in.user.GetCurrentUserUseCase;
import dev.stride.application.port.in.user.LogInUseCase;
import dev.stride.application.port.in.user.RegisterUserUseCase;
import dev.stride.domain.port.Transactions;
import dev.stride.application.ratelimit.FailedLoginThrottle;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.application.session.SessionRevocation;
import dev.stride.application.user.ChangeDisplayNameService;
import dev.stride.application.user.ChangePasswordService;
import dev.stride.application.user.DeleteAccountService;
import dev.stride.application.user.GetCurrentUserService;
import dev.stride.application.user.LogInService;
import dev.stride.application.user.RegisterUserService;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** A user's own account: register, log in, read and change it, close it. */
@Configuration(proxyBeanMethods = false)
public class UserConfiguration {

    @Bean
    RegisterUserUseCase registerUser(UserRepository users, PasswordHasher hasher, Clock clock) {
        return new RegisterUserService(users, hasher, clock);
    }

    @Bean
    LogInUseCase logIn(UserRepository users, PasswordHasher hasher, SessionStore sessions, Clock clock,
                       StrideSecurityProperties security, FailedLogins failedLogins) {
        return new LogInService(users, hasher, sessions, clock, security.refreshTokenTtl(), failedLogins);
    }

    @Bean
    GetCurrentUserUseCase currentUser(UserRepository users) {
        return new GetCurrentUserService(users);
    }

    @Bean
    DeleteAccountUseCase deleteAccount(UserRepository users, AuditLog audit, UnitOfWork unitOfWork, Clock clock) {
        return new DeleteAccountService(users, audit, unitOfWork, clock);
    }

    @Bean
    ChangeDisplayNameUseCase changeDisplayName(UserRepository users, AuditLog audit, Transactions transactions, Clock clock) {
        return new ChangeDisplayNameService(users, audit, transactions, clock);
    }

    @Bean
    ChangePasswordUseCase changePassword(UserRepository users, PasswordHasher hasher, AuditLog audit,
                                         UnitOfWork unitOfWork, SessionRevocation revocation,
                                         FailedLoginThrottle failedLogins, Clock clock) {
        return new ChangePasswordService(users, hasher, audit, unitOfWork, revocation, failedLogins, clock);
    }
}
