package dev.stride.adapters.web.ratelimit;

import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitPropertiesTest {

    @Test
    void defaultsToTheContract() {
        RateLimitProperties properties = bind(Map.of());

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.trustedProxies()).isEmpty();
        assertThat(properties.onRedisFailure()).isEqualTo(OnLimiterFailure.FAIL_OPEN);
        assertThat(properties.ipv6Prefix()).isEqualTo(64);
        assertThat(properties.toDomain()).isEqualTo(new RateLimitPolicies(
                new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)),
                new RateLimitPolicy("anonymous", 60, Duration.ofMinutes(1)),
                new RateLimitPolicy("auth", 10, Duration.ofMinutes(1)),
                new RateLimitPolicy("failed-login", 20, Duration.ofMinutes(15))));
    }

    @Test
    void keepsTheDefaultsOfWhatIsNotSet() {
        RateLimitProperties properties = bind(Map.of(
                "stride.rate-limit.policies.auth.limit", "5",
                "stride.rate-limit.policies.anonymous.period", "30s",
                "stride.rate-limit.trusted-proxies", "10.0.0.0/8, 2001:db8::/32",
                "stride.rate-limit.on-redis-failure", "fail-closed",
                "stride.rate-limit.enabled", "false"));

        assertThat(properties.toDomain().auth()).isEqualTo(new RateLimitPolicy("auth", 5, Duration.ofMinutes(1)));
        assertThat(properties.toDomain().anonymous()).isEqualTo(new RateLimitPolicy("anonymous", 60, Duration.ofSeconds(30)));
        assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(properties.onRedisFailure()).isEqualTo(OnLimiterFailure.FAIL_CLOSED);
        assertThat(properties.enabled()).isFalse();
    }

    @Test
    void bindsNamedPoliciesOfSeveralLimitsAndTheRoutesThatApplyThem() throws Exception {
        String yaml = """
                stride:
                  rate-limit:
                    ipv6-prefix: 56
                    policies:
                      writes:
                        algorithm: sliding-window
                        limits:
                          - limit: 20
                            period: 1m
                          - limit: 1000
                            period: 1d
                      failed-login:
                        limit: 5
                    routes:
                      - pattern: POST|PUT|PATCH|DELETE /api/v1/activities/**
                        policy: writes
                """;
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application.yml", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));

        RateLimitProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("stride.rate-limit", RateLimitProperties.class);

        RateLimitPolicy writes = new RateLimitPolicy("writes", List.of(
                new RateLimit(20, Duration.ofMinutes(1)), new RateLimit(1000, Duration.ofDays(1))), RateLimitAlgorithm.SLIDING_WINDOW);
        assertThat(properties.toDomain().named()).containsExactly(Map.entry("writes", writes));
        assertThat(properties.toDomain().forRoute("DELETE", "/api/v1/activities/7")).containsExactly(writes);
        assertThat(properties.toDomain().failedLogin()).isEqualTo(new RateLimitPolicy("failed-login", 5, Duration.ofMinutes(15)));
        assertThat(properties.ipv6Prefix()).isEqualTo(56);
    }

    @Test
    void refusesPoliciesAndRoutesThatCouldNotBeEnforced() {
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.routes[0].pattern", "POST /api/v1/activities/**",
                "stride.rate-limit.routes[0].policy", "writes"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("writes");
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.policies.writes.limit", "20")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("period");
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.policies.writes.limit", "20", "stride.rate-limit.policies.writes.period", "1m",
                "stride.rate-limit.policies.writes.limits[0].limit", "5", "stride.rate-limit.policies.writes.limits[0].period", "1s")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.ipv6-prefix", "129"))).isInstanceOf(BindException.class);
    }

    @Test
    void readsAnEmptyYamlListAsNoTrustedProxies() throws Exception {
        String yaml = "stride:\n  rate-limit:\n    trusted-proxies: []\n";
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("application.yml", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));

        RateLimitProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bindOrCreate("stride.rate-limit", RateLimitProperties.class);

        assertThat(properties.trustedProxies()).isEmpty();
    }

    @Test
    void refusesToStartWithAnInvalidValue() {
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.trusted-proxies", "proxy.internal")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.policies.authenticated.limit", "0")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("stride.rate-limit.on-redis-failure", "fail-sometimes")))
                .isInstanceOf(BindException.class);
    }

    private static RateLimitProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("stride.rate-limit", RateLimitProperties.class);
    }
}
