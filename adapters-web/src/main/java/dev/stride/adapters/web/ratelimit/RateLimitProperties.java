package dev.stride.adapters.web.ratelimit;

import dev.stride.domain.ratelimit.OnLimiterFailure;
import dev.stride.domain.ratelimit.RateLimit;
import dev.stride.domain.ratelimit.RateLimitAlgorithm;
import dev.stride.domain.ratelimit.RateLimitPolicies;
import dev.stride.domain.ratelimit.RateLimitPolicy;
import dev.stride.domain.ratelimit.RouteLimit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stride.rate-limit.*} as the HTTP contract lists it. The filter uses {@code enabled},
 * {@code trusted-proxies} and {@code ipv6-prefix}; the use case gets {@link #toDomain()} and
 * {@code on-redis-failure}. Invalid values stop the application at start-up (and fail a reload,
 * leaving the policies in force as they were).
 *
 * @param enabled        {@code false} switches rate limiting off (for baselines)
 * @param policies       by name: the four built-in ones ({@code authenticated}, {@code anonymous}, {@code auth},
 *                       {@code failed-login}) with their defaults, and any named policy that {@code routes} bind
 * @param routes         which named policy applies to which route, per user (per client IP when anonymous)
 * @param trustedProxies CIDR ranges whose {@code X-Forwarded-For} is believed; empty: none
 * @param ipv6Prefix     IPv6 clients are counted by their network of this prefix length (one allocation, one client)
 * @param onRedisFailure {@code fail-open} (requests pass uncounted) or {@code fail-closed} (503)
 * @param configFile     a YAML or properties file of {@code stride.rate-limit.*} keys read over the rest of the
 *                       configuration, at start-up and on every reload; empty: none
 */
@ConfigurationProperties("stride.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        Map<String, Policy> policies,
        List<Route> routes,
        List<String> trustedProxies,
        @DefaultValue("64") int ipv6Prefix,
        @DefaultValue("fail-open") OnLimiterFailure onRedisFailure,
        Path configFile) {

    /** The built-in policies and their defaults: the one place they are written. */
    private static final Map<String, RateLimit> BUILT_IN = Map.of(
            "authenticated", new RateLimit(100, Duration.ofMinutes(1)),
            "anonymous", new RateLimit(60, Duration.ofMinutes(1)),
            "auth", new RateLimit(10, Duration.ofMinutes(1)),
            "failed-login", new RateLimit(20, Duration.ofMinutes(15)));

    public RateLimitProperties {
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        routes = routes == null ? List.of() : List.copyOf(routes);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        TrustedProxies.parse(trustedProxies);
        if (ipv6Prefix < 1 || ipv6Prefix > 128) {
            throw new IllegalArgumentException("stride.rate-limit.ipv6-prefix is a prefix length from 1 to 128, was " + ipv6Prefix);
        }
        toDomain(policies, routes); // fails start-up on policies no count could have
    }

    public RateLimitPolicies toDomain() {
        return toDomain(policies, routes);
    }

    TrustedProxies trustedProxyRanges() {
        return TrustedProxies.parse(trustedProxies);
    }

    private static RateLimitPolicies toDomain(Map<String, Policy> policies, List<Route> routes) {
        Map<String, RateLimitPolicy> named = new HashMap<>();
        policies.forEach((name, policy) -> {
            if (!BUILT_IN.containsKey(name)) {
                named.put(name, policy.toDomain(name, null));
            }
        });
        return new RateLimitPolicies(builtIn("authenticated", policies), builtIn("anonymous", policies),
                builtIn("auth", policies), builtIn("failed-login", policies), named,
                routes.stream().map(route -> new RouteLimit(route.pattern(), route.policy())).toList());
    }

    private static RateLimitPolicy builtIn(String name, Map<String, Policy> policies) {
        Policy configured = policies.getOrDefault(name, new Policy(null, null, null, null));
        return configured.toDomain(name, BUILT_IN.get(name));
    }

    /**
     * One policy: {@code limit}/{@code period} for a single limit, or {@code limits} for several
     * (all must allow a request).
     *
     * @param limit     requests per period
     * @param period    whole seconds
     * @param limits    several limits instead of {@code limit}/{@code period}
     * @param algorithm {@code token-bucket} (the default) or {@code sliding-window}
     */
    public record Policy(Long limit, Duration period, List<Limit> limits, RateLimitAlgorithm algorithm) {

        RateLimitPolicy toDomain(String name, RateLimit defaults) {
            boolean single = limit != null || period != null;
            if (single && limits != null && !limits.isEmpty()) {
                throw new IllegalArgumentException("policy " + name + " has both limit/period and limits[]: configure one or the other");
            }
            List<RateLimit> domainLimits;
            if (limits != null && !limits.isEmpty()) {
                domainLimits = limits.stream().map(each -> each.toDomain(name)).toList();
            } else if (single || defaults != null) {
                long quota = limit != null ? limit : defaults == null ? missing(name, "limit") : defaults.quota();
                Duration window = period != null ? period : defaults == null ? missing(name, "period") : defaults.window();
                domainLimits = List.of(new RateLimit(quota, window));
            } else {
                throw new IllegalArgumentException("policy " + name + " has no limit: set limit and period, or limits[]");
            }
            return new RateLimitPolicy(name, domainLimits, algorithm == null ? RateLimitAlgorithm.TOKEN_BUCKET : algorithm);
        }

        private static <T> T missing(String policy, String key) {
            throw new IllegalArgumentException("policy " + policy + " needs a " + key);
        }
    }

    /**
     * @param limit  requests per period
     * @param period whole seconds
     */
    public record Limit(Long limit, Duration period) {

        RateLimit toDomain(String policy) {
            if (limit == null || period == null) {
                throw new IllegalArgumentException("each of policy " + policy + "'s limits[] needs a limit and a period");
            }
            return new RateLimit(limit, period);
        }
    }

    /**
     * @param pattern {@code [METHOD|METHOD ]/path}, {@code *} one segment, a trailing {@code /**} any depth
     * @param policy  the name of a policy under {@code policies}
     */
    public record Route(String pattern, String policy) {
    }
}
