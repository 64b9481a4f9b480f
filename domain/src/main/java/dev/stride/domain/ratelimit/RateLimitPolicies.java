package dev.stride.domain.ratelimit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The policies Stride enforces: {@code authenticated} per user, {@code anonymous} per client IP,
 * {@code auth} per client IP in addition on the login, register and refresh endpoints,
 * {@code failed-login} per account, and named policies bound to routes, applied per user (per
 * client IP when anonymous) in addition to the general one.
 *
 * @param named  the route policies by name
 * @param routes which route applies which named policy, every match applying
 */
public record RateLimitPolicies(RateLimitPolicy authenticated, RateLimitPolicy anonymous, RateLimitPolicy auth,
                                RateLimitPolicy failedLogin, Map<String, RateLimitPolicy> named, List<RouteLimit> routes) {

    public RateLimitPolicies {
        Objects.requireNonNull(authenticated, "authenticated");
        Objects.requireNonNull(anonymous, "anonymous");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(failedLogin, "failedLogin");
        named = Map.copyOf(named);
        routes = List.copyOf(routes);
        for (RouteLimit route : routes) {
            if (!named.containsKey(route.policy())) {
                throw new IllegalArgumentException("route '" + route.pattern() + "' names policy '" + route.policy()
                        + "', which is not configured (configured: " + named.keySet() + ")");
            }
        }
        Map<String, RateLimitPolicy> byName = new HashMap<>(named);
        for (RateLimitPolicy builtIn : List.of(authenticated, anonymous, auth, failedLogin)) {
            if (byName.put(builtIn.name(), builtIn) != null) {
                throw new IllegalArgumentException("policy name '" + builtIn.name() + "' is taken twice");
            }
        }
    }

    /** The four built-in policies and no route policy. */
    public RateLimitPolicies(RateLimitPolicy authenticated, RateLimitPolicy anonymous, RateLimitPolicy auth, RateLimitPolicy failedLogin) {
        this(authenticated, anonymous, auth, failedLogin, Map.of(), List.of());
    }

    /** The named policies bound to this request's route, in the order of the routes, each once. */
    public List<RateLimitPolicy> forRoute(String method, String path) {
        List<RateLimitPolicy> matched = List.of(); // most requests match no route: nothing allocated for them
        for (RouteLimit route : routes) {
            if (route.matches(method, path)) {
                RateLimitPolicy policy = named.get(route.policy());
                if (matched.isEmpty()) {
                    matched = new ArrayList<>(2);
                }
                if (!matched.contains(policy)) {
                    matched.add(policy);
                }
            }
        }
        return matched;
    }
}
