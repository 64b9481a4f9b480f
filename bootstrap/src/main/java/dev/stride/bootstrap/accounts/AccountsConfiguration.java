package dev.stride.bootstrap.accounts;

import dev.stride.application.admin.EnsureAdminAccountService;
import dev.stride.application.admin.ListUsersService;
import dev.stride.application.admin.PermanentlyDeleteActivityService;
import dev.stride.application.admin.RestoreUserService;
import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import dev.stride.application.port.in.session.LogOutEverywhereUseCase;
import dev.stride.application.port.in.user.ChangeDisplayNameUseCase;
import dev.stride.application.port.in.user.ChangePasswordUseCase;
import dev.stride.application.event.UnitOfWork;
import dev.stride.application.session.LogOutEverywhereService;
import dev.stride.application.session.SessionEnding;
import dev.stride.application.session.SessionRevocation;
import dev.stride.application.user.ChangeDisplayNameService;
import dev.stride.application.user.ChangePasswordService;
import dev.stride.application.ratelimit.FailedLogins;
import dev.stride.application.port.in.admin.EnsureAdminAccountUseCase;
import dev.stride.application.port.in.admin.ListUsersUseCase;
import dev.stride.application.port.in.admin.PermanentlyDeleteActivityUseCase;
import dev.stride.application.port.in.admin.RestoreUserUseCase;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase;
import dev.stride.application.port.in.session.LogOutUseCase;
import dev.stride.application.port.in.session.RefreshSessionUseCase;
import dev.stride.application.port.in.user.DeleteAccountUseCase;
import dev.stride.application.port.in.user.GetCurrentUserUseCase;
import dev.stride.application.retention.PurgeSoftDeletedService;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.session.CheckAccessTokenService;
import dev.stride.application.session.LogOutService;
import dev.stride.application.session.RefreshSessionService;
import dev.stride.application.user.DeleteAccountService;
import dev.stride.application.user.GetCurrentUserService;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.domain.port.PasswordHasher;
import dev.stride.domain.port.SecurityMetrics;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.Transactions;
import dev.stride.domain.port.UserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** Sessions, accounts, the admin endpoints' use cases, the admin account at start-up and the retention job. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TokenLifetimes.class, AdminProperties.class, RetentionProperties.class})
public class AccountsConfiguration {

    /** Refresh-token reuse, lockouts and admin actions: audited and counted (admin actions as a subscriber, after their commit). */
    @Bean
    SecurityEvents securityEvents(AuditLog audit, SecurityMetrics metrics, UserRepository users, Clock clock) {
        return new SecurityEvents(audit, metrics, users, clock);
    }

    @Bean
    RefreshSessionUseCase refreshSession(SessionStore sessions, UserRepository users, Clock clock, TokenLifetimes lifetimes,
                                         SecurityEvents events) {
        return new RefreshSessionService(sessions, users, clock, lifetimes.refreshTokenTtl(),
                lifetimes.refreshTokenMaxLifetime(), events);
    }

    @Bean
    LogOutUseCase logOut(SessionStore sessions, SecurityEvents events) {
        return new LogOutService(sessions, events);
    }

    @Bean
    CheckAccessTokenUseCase checkAccessToken(SessionStore sessions, Clock clock,
                                             @Value("${stride.security.revocation-check-back-off:1s}") Duration backOff) {
        return new CheckAccessTokenService(sessions, clock, backOff);
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
    SessionRevocation sessionRevocation(SessionStore sessions, Clock clock, TokenLifetimes lifetimes) {
        return new SessionRevocation(sessions, clock, lifetimes.accessTokenTtl());
    }

    /** Closing an account and changing a password end sessions after their commit. */
    @Bean
    SessionEnding sessionEnding(SessionRevocation revocation) {
        return new SessionEnding(revocation);
    }

    @Bean
    ChangeDisplayNameUseCase changeDisplayName(UserRepository users, AuditLog audit, Transactions transactions, Clock clock) {
        return new ChangeDisplayNameService(users, audit, transactions, clock);
    }

    @Bean
    ChangePasswordUseCase changePassword(UserRepository users, PasswordHasher hasher, AuditLog audit,
                                         UnitOfWork unitOfWork, SessionRevocation revocation,
                                         FailedLogins failedLogins, Clock clock) {
        return new ChangePasswordService(users, hasher, audit, unitOfWork, revocation, failedLogins, clock);
    }

    @Bean
    LogOutEverywhereUseCase logOutEverywhere(SessionRevocation revocation, AuditLog audit, Transactions transactions,
                                             Clock clock) {
        return new LogOutEverywhereService(revocation, audit, transactions, clock);
    }

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
    PurgeSoftDeletedUseCase purgeSoftDeleted(ActivityRepository activities, UserRepository users, AuditLog audit,
                                             UnitOfWork unitOfWork, ExclusiveRunner exclusiveRunner, Clock clock,
                                             RetentionProperties retention) {
        return new PurgeSoftDeletedService(activities, users, audit, unitOfWork, exclusiveRunner, clock,
                retention.softDeleted(), retention.batchSize());
    }

    @Bean
    EnsureAdminAccountUseCase ensureAdminAccount(UserRepository users, PasswordHasher hasher, Clock clock) {
        return new EnsureAdminAccountService(users, hasher, clock);
    }

    @Bean
    AdminAccountAtStartup adminAccountAtStartup(EnsureAdminAccountUseCase ensureAdmin, AdminProperties admin) {
        return new AdminAccountAtStartup(ensureAdmin, admin);
    }

    @Bean
    ScheduledPurge scheduledPurge(PurgeSoftDeletedUseCase purge) {
        return new ScheduledPurge(purge);
    }
}
