package dev.stride.application.session;

import dev.stride.application.port.in.session.LoggedIn;
import dev.stride.application.port.in.session.RefreshSessionUseCase;
import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.session.LoginFamily;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SpendOutcome;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.User;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Refresh-token rotation with reuse detection: each token works once; its successor joins the same
 * family. A token presented again means two parties hold it, and nobody can tell which one is the
 * thief, so the whole family dies and both must log in again.
 * <p>
 * Each refresh gives the session the sliding {@code refreshTokenTtl} again, but never past the
 * family's absolute {@code maxLifetime} from its login: a stolen token that is refreshed
 * diligently still dies then, and its holder must present the password again.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private final SessionStore sessions;
    private final UserRepository users;
    private final Clock clock;
    private final Duration refreshTokenTtl;
    private final Duration maxLifetime;
    private final SecurityEvents securityEvents;

    public RefreshSessionService(SessionStore sessions, UserRepository users, Clock clock, Duration refreshTokenTtl,
                                 Duration maxLifetime, SecurityEvents securityEvents) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.refreshTokenTtl = refreshTokenTtl;
        this.maxLifetime = maxLifetime;
        this.securityEvents = securityEvents;
    }

    @Override
    public LoggedIn refresh(String refreshToken, String sourceIp) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new AuthenticationFailedException();
        }
        RefreshToken successor = RefreshToken.generate();
        Instant now = clock.instant();
        SpendOutcome outcome = sessions.rotate(RefreshToken.hash(refreshToken), successor.hash(), now.plus(refreshTokenTtl));
        return switch (outcome) {
            case SpendOutcome.Spent(var spent) -> {
                requireWithinMaxLifetime(spent, now);
                yield new LoggedIn(liveUser(spent.userId(), spent.familyId()), successor, spent.familyId());
            }
            case SpendOutcome.Reused(long userId, String familyId) -> {
                sessions.revokeFamily(userId, familyId);
                securityEvents.refreshTokenReused(userId, sourceIp);
                throw new AuthenticationFailedException();
            }
            case SpendOutcome.Unknown unknown -> throw new AuthenticationFailedException();
        };
    }

    /**
     * The successor is already stored (spending and storing it is one atomic step), so a family past
     * its absolute lifetime is revoked as a whole. A family whose id does not name its login (issued
     * before ids did) counts as past it: one more login, once.
     */
    private void requireWithinMaxLifetime(Session spent, Instant now) {
        boolean within = LoginFamily.loggedInAt(spent.familyId())
                .filter(loggedIn -> now.isBefore(loggedIn.plus(maxLifetime)))
                .isPresent();
        if (!within) {
            sessions.revokeFamily(spent.userId(), spent.familyId());
            throw new AuthenticationFailedException();
        }
    }

    /**
     * The account as it is now (its role may have changed). Closing an account revokes its sessions
     * after the commit; this check also covers the moment in between, and a session store that
     * missed the revocation.
     */
    private User liveUser(long userId, String familyId) {
        return users.findLiveById(userId).orElseThrow(() -> {
            sessions.revokeFamily(userId, familyId);
            return new AuthenticationFailedException();
        });
    }
}
