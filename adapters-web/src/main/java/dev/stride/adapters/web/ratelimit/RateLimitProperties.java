package dev.stride.adapters.web.ratelimit;

import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code stride.rate-limit.*} as the HTTP contract lists it. The filter uses {@code enabled} and
 * {@code trusted-proxies}; bootstrap hands {@link Policies#toDomain()} and {@code on-redis-failure}
 * to the use case. Invalid values stop the application at start-up.
 *
 * @param enabled         {@code false} switches rate limiting off (for baselines)
 * @param policies        the token buckets
 * @param trustedProxies  CIDR ranges whose {@code X-Forwarded-For} is believed; empty: none
 * @param onRedisFailure  {@code fail-open} (requests pass uncounted) or {@code fail-closed} (503)
 */
@ConfigurationProperties("stride.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Policies policies,
        List<String> trustedProxies,
        @DefaultValue("fail-open") OnLimiterFailure onRedisFailure) {

    public RateLimitProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        TrustedProxies.parse(trustedProxies);
    }

    TrustedProxies trustedProxyRanges() {
        return TrustedProxies.parse(trustedProxies);
    }

    /**
     * Each policy with its own defaults: authenticated 100/1m per user, anonymous 60/1m and auth 10/1m per client IP.
     *
     * @param authenticated per user, for authenticated requests
     * @param anonymous     per client IP, for requests without a valid token
     * @param auth          per client IP, on login, register and refresh
     */
    public record Policies(Limit authenticated, Limit anonymous, Limit auth) {

        public Policies {
            authenticated = Limit.withDefaults(authenticated, 100, Duration.ofMinutes(1));
            anonymous = Limit.withDefaults(anonymous, 60, Duration.ofMinutes(1));
            auth = Limit.withDefaults(auth, 10, Duration.ofMinutes(1));
            toDomain(authenticated, anonymous, auth); // fails start-up on a limit or period no bucket could have
        }

        public RateLimitPolicies toDomain() {
            return toDomain(authenticated, anonymous, auth);
        }

        private static RateLimitPolicies toDomain(Limit authenticated, Limit anonymous, Limit auth) {
            return new RateLimitPolicies(authenticated.toPolicy("authenticated"), anonymous.toPolicy("anonymous"), auth.toPolicy("auth"));
        }
    }

    /**
     * @param limit  requests per period (the bucket's capacity)
     * @param period over which {@code limit} tokens come back; whole seconds
     */
    public record Limit(Long limit, Duration period) {

        static Limit withDefaults(Limit configured, long limit, Duration period) {
            return configured == null
                    ? new Limit(limit, period)
                    : new Limit(configured.limit == null ? limit : configured.limit, configured.period == null ? period : configured.period);
        }

        RateLimitPolicy toPolicy(String name) {
            return new RateLimitPolicy(name, limit, period);
        }
    }
}
