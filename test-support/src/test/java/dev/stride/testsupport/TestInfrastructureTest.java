package dev.stride.testsupport;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestInfrastructureTest {

    @Test
    void eachTestJvmGetsAnEmptyDatabaseOfItsOwn() throws SQLException {
        PostgresDatabase database = TestPostgres.database();
        PostgresDatabase another = TestPostgres.newDatabase();

        assertThat(database.jdbcUrl()).contains("/stride_test_").isNotEqualTo(another.jdbcUrl());
        assertThat(TestPostgres.database()).isSameAs(database);
        try (Connection connection = database.dataSource().getConnection();
             ResultSet tables = connection.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getInt(1)).isZero();
        }
    }

    @Test
    void replacesTheDatabaseNameButKeepsParameters() {
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://h:5432/postgres?ssl=false", "x"))
                .isEqualTo("jdbc:postgresql://h:5432/x?ssl=false");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://h/postgres", "x")).isEqualTo("jdbc:postgresql://h/x");
    }

    @Test
    void cleansUpOnlyItsOwnKeys() {
        RedisEndpoint endpoint = TestRedis.shared();
        String foreign = "not-" + endpoint.keyPrefix() + "k";
        RedisClient client = RedisClient.create(endpoint.uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set(endpoint.keyPrefix() + "a", "1");
            connection.sync().set(foreign, "1");

            TestRedis.deleteKeys(endpoint);

            assertThat(connection.sync().exists(endpoint.keyPrefix() + "a")).isZero();
            assertThat(connection.sync().exists(foreign)).isOne();
            connection.sync().del(foreign);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aDedicatedRedisCanBeFrozenStoppedAndRestarted() {
        try (DedicatedRedis redis = new DedicatedRedis().start()) {
            RedisURI uri = RedisURI.create(redis.uri());
            uri.setTimeout(Duration.ofMillis(300));
            RedisClient client = RedisClient.create(uri);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().ping()).isEqualTo("PONG");

                redis.pause();
                assertThatThrownBy(() -> connection.sync().ping()).hasMessageContaining("timed out");
                redis.resume();
                assertThat(connection.sync().ping()).isEqualTo("PONG");
            }
            redis.stop();
            assertThatThrownBy(() -> client.connect()).isNotNull();
            redis.start();
            try (StatefulRedisConnection<String, String> again = client.connect()) {
                assertThat(again.sync().ping()).isEqualTo("PONG");
            }
            client.shutdown();
        }
    }
}
