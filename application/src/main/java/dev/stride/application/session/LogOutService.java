package dev.stride.application.session;

import dev.stride.application.port.in.LogOutUseCase;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.SpendOutcome;

public final class LogOutService implements LogOutUseCase {

    private final SessionStore sessions;

    public LogOutService(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logOut(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        switch (sessions.spend(RefreshToken.hash(refreshToken))) {
            case SpendOutcome.Spent(var spent) -> sessions.revokeFamily(spent.userId(), spent.familyId());
            case SpendOutcome.Reused(long userId, String familyId) -> sessions.revokeFamily(userId, familyId);
            case SpendOutcome.Unknown unknown -> {
                // nothing to end: logging out twice, or after expiry, is fine
            }
        }
    }
}
