package dev.stride.application.session;

import dev.stride.application.port.in.session.LogOutUseCase;
import dev.stride.application.security.SecurityEvents;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.SpendOutcome;

public final class LogOutService implements LogOutUseCase {

    private final SessionStore sessions;
    private final SecurityEvents securityEvents;

    public LogOutService(SessionStore sessions, SecurityEvents securityEvents) {
        this.sessions = sessions;
        this.securityEvents = securityEvents;
    }

    @Override
    public void logOut(String refreshToken, String sourceIp) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        switch (sessions.spend(RefreshToken.hash(refreshToken))) {
            case SpendOutcome.Spent(var spent) -> sessions.revokeFamily(spent.userId(), spent.familyId());
            case SpendOutcome.Reused(long userId, String familyId) -> {
                sessions.revokeFamily(userId, familyId);
                securityEvents.refreshTokenReused(userId, sourceIp);
            }
            case SpendOutcome.Unknown unknown -> {
                // nothing to end: logging out twice, or after expiry, is fine
            }
        }
    }
}
