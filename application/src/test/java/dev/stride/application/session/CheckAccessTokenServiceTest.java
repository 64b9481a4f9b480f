package dev.stride.application.session;

import dev.stride.application.testing.InMemorySessionStore;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.SwitchableSessionStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CheckAccessTokenServiceTest {

    private static final Duration BACK_OFF = Duration.ofSeconds(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private final InMemorySessionStore sessions = new InMemorySessionStore(clock);
    private final CheckAccessTokenService check = new CheckAccessTokenService(sessions, clock, BACK_OFF);

    @Test
    void tokensIssuedUpToTheCutoffAreRevokedLaterOnesAndOtherUsersAreNot() {
        Instant cutoff = clock.instant();
        sessions.revokeAccessIssuedBefore(7, cutoff, cutoff.plus(Duration.ofMinutes(15)));

        assertThat(check.isRevoked(7, cutoff.minusSeconds(1))).isTrue();
        assertThat(check.isRevoked(7, cutoff)).isTrue();
        assertThat(check.isRevoked(7, cutoff.plusSeconds(1))).isFalse();
        assertThat(check.isRevoked(8, cutoff.minusSeconds(1))).isFalse();
    }

    @Test
    void nothingIsRevokedWithoutACutoff() {
        assertThat(check.isRevoked(7, clock.instant())).isFalse();
    }

    @Test
    void failsOpenWhenTheStoreIsUnreachableAndLeavesItAloneForAWhile() {
        SwitchableSessionStore down = SwitchableSessionStore.unreachable();
        CheckAccessTokenService checkWhileDown = new CheckAccessTokenService(down, clock, BACK_OFF);

        assertThat(checkWhileDown.isRevoked(7, clock.instant())).isFalse();
        assertThat(checkWhileDown.isRevoked(7, clock.instant())).isFalse();
        assertThat(down.calls()).isEqualTo(1);

        clock.advance(BACK_OFF);
        assertThat(checkWhileDown.isRevoked(7, clock.instant())).isFalse();
        assertThat(down.calls()).as("asked again after the back-off").isEqualTo(2);
    }

    @Test
    void checksAgainOnceTheStoreIsBack() {
        Instant cutoff = clock.instant();
        sessions.revokeAccessIssuedBefore(7, cutoff, cutoff.plus(Duration.ofMinutes(15)));
        SwitchableSessionStore flaky = new SwitchableSessionStore(sessions);
        flaky.down();
        CheckAccessTokenService checkFlaky = new CheckAccessTokenService(flaky, clock, BACK_OFF);
        assertThat(checkFlaky.isRevoked(7, cutoff.minusSeconds(1))).isFalse();

        flaky.up();
        clock.advance(BACK_OFF);

        assertThat(checkFlaky.isRevoked(7, cutoff.minusSeconds(1))).isTrue();
    }
}
