package dev.stride.application.session;

import dev.stride.application.testing.FailingSessionStore;
import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CheckAccessTokenServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final CheckAccessTokenService check = new CheckAccessTokenService(sessions);

    @Test
    void tokensIssuedBeforeTheCutoffAreRevokedLaterOnesAndOtherUsersAreNot() {
        Instant cutoff = clock.instant();
        sessions.revokeAccessIssuedBefore(7, cutoff, cutoff.plus(Duration.ofMinutes(15)));

        assertThat(check.isRevoked(7, cutoff.minusSeconds(1))).isTrue();
        assertThat(check.isRevoked(7, cutoff)).isFalse();
        assertThat(check.isRevoked(7, cutoff.plusSeconds(1))).isFalse();
        assertThat(check.isRevoked(8, cutoff.minusSeconds(1))).isFalse();
    }

    @Test
    void nothingIsRevokedWithoutACutoff() {
        assertThat(check.isRevoked(7, clock.instant())).isFalse();
    }

    @Test
    void failsOpenWhenTheStoreIsUnreachable() {
        assertThat(new CheckAccessTokenService(new FailingSessionStore()).isRevoked(7, clock.instant())).isFalse();
    }
}
