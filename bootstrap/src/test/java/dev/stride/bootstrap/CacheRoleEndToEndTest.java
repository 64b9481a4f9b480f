package dev.stride.bootstrap;

import dev.stride.bootstrap.ApiClient.Session;
import dev.stride.testsupport.DedicatedRedis;
import dev.stride.testsupport.HttpClientForTests.Response;
import dev.stride.testsupport.RedisEndpoint;
import dev.stride.testsupport.TestPostgres;
import dev.stride.testsupport.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache in a Redis of its own ({@code stride.cache.redis.url}): its entries live there and not in
 * the state Redis, and when it freezes, logins, token checks and rate limits, which live in the
 * state Redis, go on untouched while reads fall back to PostgreSQL and stay fresh.
 */
class CacheRoleEndToEndTest {

    @Test
    void aFrozenCacheRedisTouchesNeitherLoginsNorRateLimitsAndReadsStayFresh() {
        // a prefix of its own (under the JVM's, so it is cleaned up too): earlier tests of this JVM cache in the state Redis
        RedisEndpoint shared = TestRedis.shared();
        RedisEndpoint state = new RedisEndpoint(shared.host(), shared.port(), shared.keyPrefix() + "cache-role:");
        try (DedicatedRedis cacheRedis = new DedicatedRedis().start();
             RunningStride stride = RunningStride.start(TestPostgres.database(), state, Map.of(
                     "stride.cache.redis.url", cacheRedis.uri(),
                     "stride.rate-limit.policies.authenticated.limit", "12"))) {
            ApiClient api = stride.api();
            Session user = api.newUser();
            long id = api.post("/api/v1/activities", user.accessToken(), ApiClient.activity("RUNNING", "2026-11-20", 45))
                    .json().get("id").asLong();
            assertThat(api.get("/api/v1/activities/" + id, user.accessToken()).status()).isEqualTo(200);
            assertThat(keys(cacheRedis.uri(), state.keyPrefix() + "c:e:*")).as("entries in the cache's Redis").isNotEmpty();
            assertThat(keys(state.uri(), state.keyPrefix() + "c:*")).as("none in the state Redis").isEmpty();

            cacheRedis.pause();
            try {
                Session again = api.logIn(user.email(), "correct horse battery", user.userId());
                Response updated = api.send("PUT", "/api/v1/activities/" + id, again.accessToken(),
                        ApiClient.activity("CYCLING", "2026-11-20", 50), Map.of());
                assertThat(updated.status()).isEqualTo(200);
                Response read = api.get("/api/v1/activities/" + id, again.accessToken());
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.json().get("activityType").asString()).as("fresh, from PostgreSQL").isEqualTo("CYCLING");

                JsonNode health = api.get("/actuator/health", null).json().get("components");
                assertThat(health.get("redisCache").get("status").asString()).isEqualTo("DEGRADED");
                assertThat(health.get("redis").get("status").asString()).isEqualTo("UP");

                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    statuses.add(api.get("/api/v1/activities/" + id, again.accessToken()).status());
                }
                assertThat(statuses).as("the quota of 12 a minute still counts").contains(429).doesNotContain(500, 503);
            } finally {
                cacheRedis.resume();
            }
        }
    }

    private static List<String> keys(String uri, String pattern) {
        RedisClient client = RedisClient.create(uri);
        try (var connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            return redis.scan(ScanArgs.Builder.matches(pattern).limit(100_000)).getKeys();
        } finally {
            client.shutdown();
        }
    }
}
