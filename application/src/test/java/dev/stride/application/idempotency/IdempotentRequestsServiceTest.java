package dev.stride.application.idempotency;

import dev.stride.application.port.in.idempotency.Admission;
import dev.stride.application.testing.InMemoryIdempotencyStore;
import dev.stride.application.testing.MutableClock;
import dev.stride.application.testing.SwitchableIdempotencyStore;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyStoreUnavailableException;
import dev.stride.domain.idempotency.RequestFingerprint;
import dev.stride.domain.idempotency.StoredResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentRequestsServiceTest {

    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration IN_FLIGHT = Duration.ofMinutes(1);
    private static final IdempotencyKey KEY = new IdempotencyKey(1, "k");
    private static final RequestFingerprint REQUEST = RequestFingerprint.of("POST", "/api/v1/activities", new byte[]{1});
    private static final StoredResponse CREATED = new StoredResponse(201, Map.of("Location", "/api/v1/activities/1"),
            new byte[]{'{', '}'});

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(clock);
    private final IdempotentRequestsService service = new IdempotentRequestsService(store, KEEP, IN_FLIGHT);

    private Admission.Proceed admitted() {
        return (Admission.Proceed) service.admit(KEY, REQUEST);
    }

    @Test
    void aSuccessIsReplayedForTwentyFourHoursThenForgotten() {
        service.finish(admitted(), CREATED);

        assertThat(service.admit(KEY, REQUEST)).isEqualTo(new Admission.Replay(CREATED));
        clock.advance(KEEP.minusSeconds(1));
        assertThat(service.admit(KEY, REQUEST)).isEqualTo(new Admission.Replay(CREATED));
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.admit(KEY, REQUEST)).isInstanceOf(Admission.Proceed.class);
    }

    @Test
    void aRetryWhileTheFirstIsProcessedIsInFlightAndAnotherBodyAMismatch() {
        admitted();

        assertThat(service.admit(KEY, REQUEST)).isEqualTo(new Admission.InFlight());
        assertThat(service.admit(KEY, RequestFingerprint.of("POST", "/api/v1/activities", new byte[]{2})))
                .isEqualTo(new Admission.Mismatch());
    }

    @Test
    void aFailureIsNotKeptSoTheRetryIsProcessed() {
        service.finish(admitted(), new StoredResponse(400, Map.of(), new byte[0]));
        assertThat(service.admit(KEY, REQUEST)).isInstanceOf(Admission.Proceed.class);
    }

    @Test
    void aServerErrorIsNotKeptEither() {
        service.finish(admitted(), new StoredResponse(503, Map.of(), new byte[0]));
        assertThat(service.admit(KEY, REQUEST)).isInstanceOf(Admission.Proceed.class);
    }

    @Test
    void anAbandonedRequestFreesItsKey() {
        service.abandon(admitted());
        assertThat(service.admit(KEY, REQUEST)).isInstanceOf(Admission.Proceed.class);
    }

    @Test
    void aClaimOfAnInstanceThatDiedExpiresAfterTheInFlightLifetime() {
        admitted();

        clock.advance(IN_FLIGHT);

        assertThat(service.admit(KEY, REQUEST)).isInstanceOf(Admission.Proceed.class);
    }

    @Test
    void anUnreachableStoreRefusesTheRequestButNeverAProcessedOnesAnswer() {
        SwitchableIdempotencyStore failing = new SwitchableIdempotencyStore(store);
        IdempotentRequestsService onFailing = new IdempotentRequestsService(failing, KEEP, IN_FLIGHT);
        Admission.Proceed admitted = (Admission.Proceed) onFailing.admit(KEY, REQUEST);

        failing.down();

        assertThatThrownBy(() -> onFailing.admit(KEY, REQUEST)).isInstanceOf(IdempotencyStoreUnavailableException.class);
        onFailing.finish(admitted, CREATED);
        onFailing.abandon(admitted);
    }
}
