package dev.stride.adapters.redis.session;

import dev.stride.adapters.redis.tracking.TrackingConnection;
import dev.stride.domain.session.Session;
import dev.stride.domain.session.SessionStoreUnavailableException;
import dev.stride.testsupport.DedicatedRedis;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSessionStoreOutageTest {

    @Test
    void anUnreachableRedisIsReportedAsUnavailableWithoutHanging() {
        try (DedicatedRedis own = new DedicatedRedis().start()) {
            LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(own.host(), own.port()),
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(250)).build());
            factory.afterPropertiesSet();
            factory.start();
            TrackingConnection tracking = CutoffTracking.open(own.host(), own.port(), "t:", "stride-revocations", CutoffTracking.LAG,
                    c -> { });
            try {
                StringRedisTemplate template = new StringRedisTemplate(factory);
                template.afterPropertiesSet();
                RedisSessionStore unreachable = new RedisSessionStore(template, new SessionKeys("t:"), tracking, Clock.systemUTC());
                unreachable.accessRevokedBefore(1);
                own.stop();
                LockSupport.parkNanos(2 * CutoffTracking.LAG.toNanos()); // past the lag of the last answer (known: no cutoff)

                assertThatThrownBy(() -> unreachable.accessRevokedBefore(1)).isInstanceOf(SessionStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.spend("x")).isInstanceOf(SessionStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.create(new Session("h", 1, "f", Instant.now().plus(Duration.ofDays(1)))))
                        .isInstanceOf(SessionStoreUnavailableException.class);
            } finally {
                tracking.close();
                factory.destroy();
            }
        }
    }

    /** A cutoff (or its absence) already known is not trusted beyond the lag without the fence: a frozen Redis fails the check. */
    @Test
    void aFrozenRedisFailsTheCheckOfACutoffAlreadyKnown() {
        try (DedicatedRedis own = new DedicatedRedis().start();
             TrackingConnection tracking = CutoffTracking.open(own.host(), own.port(), "t:", "stride-revocations", CutoffTracking.LAG,
                     c -> { })) {
            RedisSessionStore store = new RedisSessionStore(null, new SessionKeys("t:"), tracking, Clock.systemUTC());
            assertThat(store.accessRevokedBefore(1)).isEmpty(); // read on the tracking connection: known from now on
            own.pause();
            LockSupport.parkNanos(2 * CutoffTracking.LAG.toNanos()); // the last answer is older than the lag now
            try {
                assertThatThrownBy(() -> store.accessRevokedBefore(1)).isInstanceOf(SessionStoreUnavailableException.class);
            } finally {
                own.resume();
            }
        }
    }
}
