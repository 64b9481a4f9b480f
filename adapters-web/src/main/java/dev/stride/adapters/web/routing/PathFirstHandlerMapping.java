package dev.stride.adapters.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Spring MVC's handler mapping, asking a route's path first, and only the routes whose path can match.
 * A request whose path has a variable ({@code /api/v1/activities/42}) has no direct match, so Spring
 * tries every route of the application in turn, and each route checks its HTTP method, headers,
 * {@code Consumes} and {@code Produces} (the request's {@code Accept} parsed again) before its path,
 * which is what rules out nearly all of them: 12 % of the CPU of a cached get-by-id (bench/README.md,
 * ninth round). Checking the path first rules them out at once; matching every route's pattern was
 * still 4.5 % (twelfth round), so the {@link RouteIndex} rules out by their leading literal segments
 * the routes whose pattern cannot match, without matching it. The routes that match, and what a
 * request matching none is told (404, 405, 406, 415), are the same: a route matches only if every
 * condition does, in any order.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    /** The routes the request being looked up on this thread may match; null: every route. */
    private final ThreadLocal<Object[]> candidates = new ThreadLocal<>();
    /** Routes registered or removed so far: an index built before the latest change is built again. */
    private final AtomicInteger changes = new AtomicInteger();
    private volatile Indexed index;

    private record Indexed(int changes, RouteIndex<RequestMappingInfo> routes) {
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request) || !getPatternParser().isCaseSensitive()) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        candidates.set(index().candidates(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            candidates.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        Object[] possible = candidates.get();
        if (possible != null && !contains(possible, info)) {
            return null;
        }
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && paths.getMatchingCondition(request) == null) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean contains(Object[] routes, RequestMappingInfo info) {
        for (Object route : routes) {
            if (route == info) {
                return true;
            }
        }
        return false;
    }

    private RouteIndex<RequestMappingInfo> index() {
        Indexed built = index;
        int current = changes.get();
        if (built == null || built.changes() != current) {
            built = new Indexed(current, new RouteIndex<>(getHandlerMethods().keySet().stream()
                    .collect(Collectors.toMap(info -> info, PathFirstHandlerMapping::patterns))));
            index = built;
        }
        return built.routes();
    }

    /** No patterns (a route matching every path) when the route's paths are not parsed patterns. */
    private static List<String> patterns(RequestMappingInfo info) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        return paths == null ? List.of() : paths.getPatterns().stream().map(PathPattern::getPatternString).toList();
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        changes.incrementAndGet();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        changes.incrementAndGet();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        changes.incrementAndGet();
    }
}
