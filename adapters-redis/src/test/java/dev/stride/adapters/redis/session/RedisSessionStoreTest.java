package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.RedisTopology;
import dev.stride.adapters.redis.tracking.TrackingConnection;
import dev.stride.application.testing.SessionStoreContract;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import io.lettuce.core.cluster.SlotHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The session-store contract on one Redis server (access-token cutoffs tracked) and on a Redis Cluster (not tracked). */
@ParameterizedClass
@EnumSource(RedisTopology.class)
class RedisSessionStoreTest extends SessionStoreContract {

    /** Topologies whose connections and scripts have been used once in this JVM. */
    private static final Set<RedisTopology> WARM = EnumSet.noneOf(RedisTopology.class);

    @Parameter
    RedisTopology topology;
    private RedisSessionStore store;

    /**
     * The first commands of a JVM connect, load classes and scripts: slow enough, on a busy machine,
     * to outlast the short-lived tokens of the expiry tests.
     */
    @BeforeEach
    void warmUp() {
        synchronized (WARM) {
            if (WARM.add(topology)) {
                Session session = new Session(RefreshToken.generate().hash(), user + 1, "warm-up", clock.instant().plusSeconds(5));
                store().create(session);
                store().rotate(session.tokenHash(), RefreshToken.generate().hash(), clock.instant().plusSeconds(5));
                store().revokeAllOf(user + 1);
            }
        }
    }

    @Override
    protected SessionStore store() {
        if (store == null) {
            store = new RedisSessionStore(topology.template(), new SessionKeys(topology.keyPrefix()),
                    topology == RedisTopology.SINGLE_SERVER ? CutoffTracking.shared() : TrackingConnection.none(), clock);
        }
        return store;
    }

    /** Redis expires keys by its own clock; the test's clock moves along so that TTLs computed afterwards stay right. */
    @Override
    protected void letTimePass(Duration duration) {
        topology.awaitServerTimePassing(duration);
        clock.advance(duration);
    }

    @Test
    void everyKeyExpiresAndNoTokenIsStoredInTheClear() {
        StringRedisTemplate redis = topology.template();
        String prefix = topology.keyPrefix() + "s:";
        RefreshToken token = RefreshToken.generate();
        String family = UUID.randomUUID().toString();
        store().create(new Session(token.hash(), user, family, clock.instant().plus(TTL)));
        String successor = RefreshToken.generate().hash();
        store().rotate(token.hash(), successor, clock.instant().plus(TTL));
        store().revokeAccessIssuedBefore(user, clock.instant(), clock.instant().plus(Duration.ofMinutes(15)));

        String userKeys = prefix + "{u:" + user + "}:";
        Set<String> keys = redis.keys(prefix + "*");
        assertThat(keys).contains(
                prefix + "t:" + token.hash(),
                prefix + "t:" + successor,
                userKeys + "t:" + token.hash(),
                userKeys + "t:" + successor,
                userKeys + "f:" + family,
                userKeys + "families",
                userKeys + "r");
        for (String key : keys) {
            assertThat(redis.getExpire(key)).as(key).isPositive();
            assertThat(key).doesNotContain(token.value());
        }
        assertThat(redis.getExpire(userKeys + "t:" + successor)).isBetween(TTL.toSeconds() - 60, TTL.toSeconds());
        assertThat(redis.getExpire(prefix + "t:" + successor)).isBetween(TTL.toSeconds() - 60, TTL.toSeconds());
        assertThat(redis.getExpire(userKeys + "r")).isBetween(1L, 15 * 60L);
        assertThat(redis.opsForHash().values(userKeys + "t:" + token.hash())).doesNotContain(token.value());
    }

    /** What a script touches together must be one slot, or Redis Cluster refuses it (CROSSSLOT). */
    @Test
    void everyKeyOfAUserSharesOneHashSlot() {
        Session session = new Session(RefreshToken.generate().hash(), user, UUID.randomUUID().toString(), clock.instant().plus(TTL));
        store().create(session);
        store().rotate(session.tokenHash(), RefreshToken.generate().hash(), clock.instant().plus(TTL));
        store().revokeAccessIssuedBefore(user, clock.instant(), clock.instant().plus(TTL));

        Set<String> userKeys = topology.template().keys(topology.keyPrefix() + "s:{u:" + user + "}:*");

        assertThat(userKeys).hasSize(5);
        assertThat(userKeys.stream().map(SlotHash::getSlot).distinct()).hasSize(1);
    }
}
