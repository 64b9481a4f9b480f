package dev.stride.adapters.redis.session;

import dev.stride.application.testing.SessionStoreContract;
import dev.stride.domain.port.SessionStore;
import dev.stride.domain.session.RefreshToken;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSessionStoreTest extends SessionStoreContract {

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;
    private static RedisEndpoint endpoint;
    private RedisSessionStore store;

    @BeforeAll
    static void connect() {
        endpoint = TestRedis.shared();
        factory = factory(endpoint.host(), endpoint.port(), Duration.ofSeconds(2));
        redis = template(factory);
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Override
    protected SessionStore store() {
        if (store == null) {
            store = new RedisSessionStore(redis, endpoint.keyPrefix(), clock);
        }
        return store;
    }

    /** Redis expires keys in real time; the clock moves along so that TTLs computed afterwards stay right. */
    @Override
    protected void letTimePass(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clock.advance(duration);
    }

    @Test
    void everyKeyExpiresAndNoTokenIsStoredInTheClear() {
        RefreshToken token = RefreshToken.generate();
        String family = UUID.randomUUID().toString();
        store().create(new Session(token.hash(), user, family, clock.instant().plus(TTL)));
        String successor = RefreshToken.generate().hash();
        store().rotate(token.hash(), successor, clock.instant().plus(TTL));
        store().revokeAccessIssuedBefore(user, clock.instant(), clock.instant().plus(Duration.ofMinutes(15)));

        Set<String> keys = redis.keys(endpoint.keyPrefix() + "s:*");
        assertThat(keys).contains(
                endpoint.keyPrefix() + "s:t:" + token.hash(),
                endpoint.keyPrefix() + "s:t:" + successor,
                endpoint.keyPrefix() + "s:f:" + family,
                endpoint.keyPrefix() + "s:u:" + user,
                endpoint.keyPrefix() + "s:r:" + user);
        for (String key : keys) {
            assertThat(redis.getExpire(key)).as(key).isPositive();
            assertThat(key).doesNotContain(token.value());
        }
        assertThat(redis.getExpire(endpoint.keyPrefix() + "s:t:" + successor)).isBetween(TTL.toSeconds() - 60, TTL.toSeconds());
        assertThat(redis.getExpire(endpoint.keyPrefix() + "s:r:" + user)).isBetween(1L, 15 * 60L);
        assertThat(redis.opsForHash().values(endpoint.keyPrefix() + "s:t:" + token.hash())).doesNotContain(token.value());
    }

    @Test
    void anUnreachableRedisIsReportedAsUnavailableWithoutHanging() {
        try (DedicatedRedis own = new DedicatedRedis().start()) {
            LettuceConnectionFactory ownFactory = factory(own.host(), own.port(), Duration.ofMillis(250));
            try {
                RedisSessionStore unreachable = new RedisSessionStore(template(ownFactory), "t:", clock);
                unreachable.accessRevokedBefore(1);
                own.stop();

                assertThatThrownBy(() -> unreachable.accessRevokedBefore(1)).isInstanceOf(SessionStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.spend("x")).isInstanceOf(SessionStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.create(new Session("h", 1, "f", Instant.now().plus(TTL))))
                        .isInstanceOf(SessionStoreUnavailableException.class);
            } finally {
                ownFactory.destroy();
            }
        }
    }

    /** Connections like the application's: spring-data-redis on Lettuce, with a command timeout. */
    private static LettuceConnectionFactory factory(String host, int port, Duration timeout) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
                LettuceClientConfiguration.builder().commandTimeout(timeout).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static StringRedisTemplate template(LettuceConnectionFactory factory) {
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }
}
