package dev.stride.bootstrap.embedded;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureTest {

    private final EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(new DeferredLogs());

    @Test
    void configuredServersWinAndNothingIsStarted() {
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/stride",
                "spring.data.redis.host", "redis.example"));

        infrastructure.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/stride");
        assertThat(environment.getProperty("spring.data.redis.host")).isEqualTo("redis.example");
        assertThat(environment.getProperty("spring.data.redis.port")).isNull();
    }

    @Test
    void canBeSwitchedOff() {
        StandardEnvironment environment = environmentWith(Map.of("stride.embedded.enabled", "false"));

        infrastructure.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void withNothingConfiguredStartsAWorkingPostgresAndRedis() throws Exception {
        StandardEnvironment environment = environmentWith(Map.of("stride.embedded.data-dir", "target/embedded-infrastructure-test"));

        infrastructure.postProcessEnvironment(environment, new SpringApplication());

        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"))) {
            assertThat(connection.isValid(5)).isTrue();
        }
        int port = environment.getProperty("spring.data.redis.port", Integer.class);
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] reply = new byte[5];
            assertThat(new String(reply, 0, socket.getInputStream().read(reply))).isEqualTo("+PONG");
        }
    }

    private static StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
