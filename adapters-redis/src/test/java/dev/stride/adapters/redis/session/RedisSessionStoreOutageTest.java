package dev.stride.adapters.redis.session;

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

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSessionStoreOutageTest {

    @Test
    void anUnreachableRedisIsReportedAsUnavailableWithoutHanging() {
        try (DedicatedRedis own = new DedicatedRedis().start()) {
            LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(own.host(), own.port()),
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(250)).build());
            factory.afterPropertiesSet();
            factory.start();
            try {
                StringRedisTemplate template = new StringRedisTemplate(factory);
                template.afterPropertiesSet();
                RedisSessionStore unreachable = new RedisSessionStore(template, "t:", Clock.systemUTC());
                unreachable.accessRevokedBefore(1);
                own.stop();

                assertThatThrownBy(() -> unreachable.accessRevokedBefore(1)).isInstanceOf(SessionStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.spend("x")).isInstanceOf(SessionStoreUnavailableException.class);
                assertThatThrownBy(() -> unreachable.create(new Session("h", 1, "f", Instant.now().plus(Duration.ofDays(1)))))
                        .isInstanceOf(SessionStoreUnavailableException.class);
            } finally {
                factory.destroy();
            }
        }
    }
}
