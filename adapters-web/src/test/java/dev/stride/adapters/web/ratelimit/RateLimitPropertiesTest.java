package dev.stride.adapters.web.ratelimit;

import dev.stride.domain.ratelimit.OnLimiterFailure;
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
        assertThat(properties.policies().toDomain()).isEqualTo(new RateLimitPolicies(
                new RateLimitPolicy("authenticated", 100, Duration.ofMinutes(1)),
                new RateLimitPolicy("anonymous", 60, Duration.ofMinutes(1)),
                new RateLimitPolicy("auth", 10, Duration.ofMinutes(1))));
    }

    @Test
    void keepsTheDefaultsOfWhatIsNotSet() {
        RateLimitProperties properties = bind(Map.of(
                "stride.rate-limit.policies.auth.limit", "5",
                "stride.rate-limit.policies.anonymous.period", "30s",
                "stride.rate-limit.trusted-proxies", "10.0.0.0/8, 2001:db8::/32",
                "stride.rate-limit.on-redis-failure", "fail-closed",
                "stride.rate-limit.enabled", "false"));

        assertThat(properties.policies().toDomain().auth()).isEqualTo(new RateLimitPolicy("auth", 5, Duration.ofMinutes(1)));
        assertThat(properties.policies().toDomain().anonymous()).isEqualTo(new RateLimitPolicy("anonymous", 60, Duration.ofSeconds(30)));
        assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8", "2001:db8::/32");
        assertThat(properties.onRedisFailure()).isEqualTo(OnLimiterFailure.FAIL_CLOSED);
        assertThat(properties.enabled()).isFalse();
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
