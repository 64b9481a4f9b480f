package dev.stride.bootstrap.admin;

import dev.stride.application.event.UnitOfWork;
import dev.stride.application.admin.EnsureAdminAccountService;
import dev.stride.application.admin.ListUsersService;
import dev.stride.application.admin.PermanentlyDeleteActivityService;
import dev.stride.application.admin.RestoreUserService;
import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase;
import dev.stride.application.port.in.admin.ListUsersUseCase;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.UserRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The admin endpoints' use cases, and the admin account created at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
public class AdminConfiguration {

    @Bean
    ListUsersUseCase listUsers(UserRepository users) {
        return new ListUsersService(users);
    }

    @Bean
    RestoreUserUseCase restoreUser(UserRepository users, AuditLog audit, UnitOfWork unitOfWork, Clock clock) {
        return new RestoreUserService(users, audit, unitOfWork, clock);
    }

    @Bean
    PermanentlyDeleteActivityUseCase permanentlyDeleteActivity(ActivityRepository activities, AuditLog audit,
                                                               UnitOfWork unitOfWork, Clock clock) {
        return new PermanentlyDeleteActivityService(activities, audit, unitOfWork, clock);
    }

    @Bean
    EnsureAdminAccountUseCase ensureAdminAccount(UserRepository users, PasswordHasher hasher, Clock clock) {
        return new EnsureAdminAccountService(users, hasher, clock);
    }

    @Bean
    AdminAccountAtStartup adminAccountAtStartup(EnsureAdminAccountUseCase ensureAdmin, AdminProperties admin) {
        return new AdminAccountAtStartup(ensureAdmin, admin);
    }
}
