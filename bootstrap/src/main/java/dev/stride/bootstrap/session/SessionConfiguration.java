package dev.stride.bootstrap.session;

import dev.stride.adapters.web.security.StrideSecurityProperties;
import dev.stride.application.port.in.session.CheckAccessTokenUseCase;
import dev.stride.application.port.in.session.LogOutEverywhereUseCase;
import dev.stride.application.port.in.session.LogOutUseCase;
import dev.stride.application.port.in.session.RefreshSessionUseCase;
import dev.stride.domain.port.Transactions;
import dev.stride.application.security.SecurityEvents;
import dev.stride.application.session.CheckAccessTokenService;
import dev.stride.application.session.LogOutEverywhereService;
import dev.stride.application.session.LogOutService;
import dev.stride.application.session.RefreshSessionService;
import dev.stride.application.session.SessionEnding;
import dev.stride.application.session.SessionRevocation;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Sessions: refresh, log out (here or everywhere), revocation, and the per-request check of access tokens. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    @Bean
    RefreshSessionUseCase refreshSession(SessionStore sessions, UserRepository users, Clock clock,
                                         StrideSecurityProperties security, SecurityEvents events) {
        return new RefreshSessionService(sessions, users, clock, security.refreshTokenTtl(),
                security.refreshTokenMaxLifetime(), events);
    }

    @Bean
    LogOutUseCase logOut(SessionStore sessions, SecurityEvents events) {
        return new LogOutService(sessions, events);
    }

    @Bean
    CheckAccessTokenUseCase checkAccessToken(SessionStore sessions, Clock clock, StrideSecurityProperties security) {
        return new CheckAccessTokenService(sessions, clock, security.revocationCheckBackOff());
    }

    /** Closing an account and changing a password end sessions after their commit. */
    @Bean
    SessionEnding sessionEnding(SessionRevocation revocation) {
        return new SessionEnding(revocation);
    }

    @Bean
    SessionRevocation sessionRevocation(SessionStore sessions, Clock clock, StrideSecurityProperties security) {
        return new SessionRevocation(sessions, clock, security.accessTokenTtl());
    }

    @Bean
    LogOutEverywhereUseCase logOutEverywhere(SessionRevocation revocation, AuditLog audit, Transactions transactions,
                                             Clock clock) {
        return new LogOutEverywhereService(revocation, audit, transactions, clock);
    }
}
