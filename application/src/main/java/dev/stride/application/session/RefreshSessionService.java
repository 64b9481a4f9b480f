package dev.stride.application.session;

import dev.stride.application.port.in.LoggedIn;
import dev.stride.application.port.in.RefreshSessionUseCase;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.port.UserRepository;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.SpendOutcome;
import dev.stride.domain.shared.AuthenticationFailedException;
import dev.stride.domain.user.User;

import java.time.Clock;
import java.time.Duration;

/**
 * Refresh-token rotation with reuse detection: each token works once; its successor joins the same
 * family. A token presented again means two parties hold it, and nobody can tell which one is the
 * thief, so the whole family dies and both must log in again.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {

    private final SessionStore sessions;
    private final UserRepository users;
    private final Clock clock;
    private final Duration refreshTokenTtl;

    public RefreshSessionService(SessionStore sessions, UserRepository users, Clock clock, Duration refreshTokenTtl) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.refreshTokenTtl = refreshTokenTtl;
    }

    @Override
    public LoggedIn refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new AuthenticationFailedException();
        }
        RefreshToken successor = RefreshToken.generate();
        SpendOutcome outcome = sessions.rotate(RefreshToken.hash(refreshToken), successor.hash(),
                clock.instant().plus(refreshTokenTtl));
        return switch (outcome) {
            case SpendOutcome.Spent(var spent) -> new LoggedIn(liveUser(spent.userId(), spent.familyId()), successor,
                    spent.familyId());
            case SpendOutcome.Reused(long userId, String familyId) -> {
                sessions.revokeFamily(userId, familyId);
                throw new AuthenticationFailedException();
            }
            case SpendOutcome.Unknown unknown -> throw new AuthenticationFailedException();
        };
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
