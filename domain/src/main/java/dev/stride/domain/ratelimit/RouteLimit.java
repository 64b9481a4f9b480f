package dev.stride.domain.ratelimit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a named policy to the requests of a route: {@code POST /api/v1/activities/**},
 * {@code POST|PUT|PATCH|DELETE /api/v1/activities/**}, or a path alone for every method. In the
 * path, {@code *} stands for one segment (or part of one) and a trailing {@code /**} for any number
 * of segments, none included.
 */
public final class RouteLimit {

    private static final Pattern METHODS = Pattern.compile("[A-Z]+(\\|[A-Z]+)*");

    private final String pattern;
    private final String policy;
    private final Set<String> methods;
    private final Pattern path;

    /**
     * @param pattern as configured
     * @param policy  the name of the policy it applies
     */
    public RouteLimit(String pattern, String policy) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.policy = Objects.requireNonNull(policy, "policy");
        String[] parts = pattern.strip().split("\\s+");
        String methodPart = parts.length == 2 ? parts[0].toUpperCase(Locale.ROOT) : "";
        if (parts.length > 2 || !parts[parts.length - 1].startsWith("/") || (parts.length == 2 && !METHODS.matcher(methodPart).matches())) {
            throw new IllegalArgumentException("a route is '[METHOD|METHOD ]/path/**', was '" + pattern + "'");
        }
        this.methods = methodPart.isEmpty() ? Set.of() : Set.of(methodPart.split("\\|"));
        this.path = Pattern.compile(regex(parts[parts.length - 1]));
    }

    private static String regex(String path) {
        boolean anyDepth = path.endsWith("/**");
        String fixed = anyDepth ? path.substring(0, path.length() - 3) : path;
        if (fixed.contains("**")) {
            throw new IllegalArgumentException("'**' may only end a route's path: " + path);
        }
        String regex = Arrays.stream(fixed.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining("[^/]*"));
        return anyDepth ? regex + "(/.*)?" : regex;
    }

    public boolean matches(String method, String requestPath) {
        return (methods.isEmpty() || methods.contains(method)) && path.matcher(requestPath).matches();
    }

    public String pattern() {
        return pattern;
    }

    public String policy() {
        return policy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RouteLimit route && route.pattern.equals(pattern) && route.policy.equals(policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pattern, policy);
    }

    @Override
    public String toString() {
        return pattern + " -> " + policy;
    }
}
