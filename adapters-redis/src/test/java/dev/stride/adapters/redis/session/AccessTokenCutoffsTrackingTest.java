package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.RedisTopology;
import dev.stride.adapters.redis.tracking.TrackingConnection;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushListener;
import io.lettuce.core.codec.StringCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.types.RedisClientInfo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Access-token cutoffs tracked on a single server, as every authenticated request checks them: a cutoff
 * read once is used again without reading it, and never after another instance has moved it.
 */
class AccessTokenCutoffsTrackingTest {

    /** Far longer than a round trip to Redis: a busy event loop, or a push still on its way. */
    private static final Duration SLOW_LISTENER = Duration.ofMillis(300);

    private final RedisEndpoint endpoint = TestRedis.shared();
    private final StringRedisTemplate redis = RedisTopology.SINGLE_SERVER.template();
    private final SessionKeys keys = new SessionKeys(endpoint.keyPrefix());
    private final long user = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final String clientName = "stride-revocations-" + UUID.randomUUID();
    private final List<TrackingConnection> connections = new ArrayList<>();
    /** Another instance, which revokes. */
    private final RedisSessionStore other = store(tracking("stride-revocations-other-" + UUID.randomUUID(), connection -> { }));

    @AfterEach
    void close() {
        connections.forEach(TrackingConnection::close);
        redis.delete(List.of(keys.accessCutoff(user), keys.accessCutoff(user + 1)));
    }

    /** Redis is frozen after the first check: the second one, within the lag, needs no answer from it. */
    @Test
    void aCutoffReadWithinTheLagIsCheckedAgainWithoutAskingRedis() {
        try (DedicatedRedis own = new DedicatedRedis().start();
             TrackingConnection tracking = CutoffTracking.open(own.host(), own.port(), "t:", clientName, Duration.ofMinutes(1),
                     connection -> { })) {
            RedisSessionStore store = new RedisSessionStore(null, new SessionKeys("t:"), tracking, Clock.systemUTC());
            assertThat(store.accessRevokedBefore(user)).isEmpty();
            own.pause();
            try {
                assertThat(store.accessRevokedBefore(user)).isEmpty();
            } finally {
                own.resume();
            }
        }
    }

    /**
     * The abuse case: a user logs out everywhere through one instance, and a stolen access token is
     * presented to another at once, within the lag of its last read. The push of that cutoff is slowed
     * down, as a busy event loop or network would do it, so without the revoker's wait, or without the
     * fence, the check would still find "no cutoff" known and let the token through.
     */
    @Test
    void aRevocationThroughAnotherInstanceIsSeenByTheVeryNextCheck() {
        String cutoffKey = keys.accessCutoff(user);
        RedisSessionStore store = store(tracking(clientName, connection -> connection.addListener((PushListener) push -> {
            if (push.getContent(StringCodec.UTF8::decodeKey).toString().contains(cutoffKey)) {
                LockSupport.parkNanos(SLOW_LISTENER.toNanos());
            }
        })));
        other.revokeAccessIssuedBefore(user + 1, now, now.plus(Duration.ofMinutes(15))); // its first command is slow
        assertThat(store.accessRevokedBefore(user)).isEmpty(); // learned: no cutoff

        other.revokeAccessIssuedBefore(user, now, now.plus(Duration.ofMinutes(15)));

        assertThat(store.accessRevokedBefore(user)).contains(now);
    }

    /** Pushes are lost with a connection: a revocation made while it was down must not be missed. */
    @Test
    void aRevocationMadeWhileTheTrackingConnectionWasDownIsSeenOnceItIsBack() {
        TrackingConnection tracking = tracking(clientName, connection -> { });
        RedisSessionStore store = store(tracking);
        assertThat(store.accessRevokedBefore(user)).isEmpty(); // learned: no cutoff
        RedisClientInfo killed = trackingClient().orElseThrow();

        redis.execute((RedisCallback<Void>) connection -> {
            connection.serverCommands().killClient(killed.getAddressPort().split(":")[0],
                    Integer.parseInt(killed.getAddressPort().split(":")[1]));
            return null;
        });
        other.revokeAccessIssuedBefore(user, now, now.plus(Duration.ofMinutes(15)));
        await().until(() -> trackingClient().filter(client -> !client.get("id").equals(killed.get("id"))).isPresent()
                && tracking.whileTracking() != null);

        assertThat(store.accessRevokedBefore(user)).contains(now);
    }

    private TrackingConnection tracking(String name, Consumer<StatefulRedisConnection<String, String>> first) {
        TrackingConnection tracking = CutoffTracking.open(endpoint.host(), endpoint.port(), endpoint.keyPrefix(), name,
                CutoffTracking.LAG, first);
        connections.add(tracking);
        return tracking;
    }

    private RedisSessionStore store(TrackingConnection tracking) {
        return new RedisSessionStore(redis, keys, tracking, Clock.systemUTC());
    }

    private Optional<RedisClientInfo> trackingClient() {
        List<RedisClientInfo> clients = redis.execute((RedisCallback<List<RedisClientInfo>>) c -> c.serverCommands().getClientList());
        return clients.stream().filter(client -> clientName.equals(client.getName())).findFirst();
    }
}
