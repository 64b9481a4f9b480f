package dev.stride.adapters.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Spring MVC's handler mapping, asking only the routes whose path can match, and a route's path first.
 * A request whose path has a variable ({@code /api/v1/activities/42}) has no direct match, so Spring
 * tries every route of the application in turn, and each route checks its HTTP method, headers,
 * {@code Consumes} and {@code Produces} (the request's {@code Accept} parsed again) before its path,
 * which is what rules out nearly all of them: 12 % of the CPU of a cached get-by-id (bench/README.md,
 * ninth round). Checking the path first rules them out at once; matching every route's pattern was
 * still 4.5 % (twelfth round), so the routes are asked only if the {@link RouteIndex} finds them by
 * the literal segments their patterns start with. When exactly one of those matches, it is the route
 * Spring would find: no route left out could match. Otherwise (no route, or several to choose from)
 * Spring looks the request up as it always does, so the routes that match, the choice among them and
 * what a request matching none is told (404, 405, 406, 415) are the same.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    private record Route(RequestMappingInfo info, HandlerMethod handler) {
    }

    /** Routes registered or removed so far: an index built before the latest change is built again. */
    private final AtomicInteger changes = new AtomicInteger();
    private volatile Indexed index;

    private record Indexed(int changes, RouteIndex<Route> routes) {
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath path) {
            Route only = onlyMatch(index().candidates(path.pathWithinApplication()), request);
            if (only != null) {
                // What Spring does with the one route that matches.
                request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, only.handler());
                handleMatch(only.info(), lookupPath, request);
                return only.handler();
            }
        }
        return super.lookupHandlerMethod(lookupPath, request);
    }

    /** The one route of these that matches the request with what it matched; null when none or several do. */
    private Route onlyMatch(List<Route> candidates, HttpServletRequest request) {
        Route only = null;
        for (Route candidate : candidates) {
            RequestMappingInfo matched = getMatchingMapping(candidate.info(), request);
            if (matched != null) {
                if (only != null) {
                    return null;
                }
                only = new Route(matched, candidate.handler());
            }
        }
        return only;
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE) instanceof RequestPath path
                && !anyMatches(paths, path.pathWithinApplication())) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /**
     * Whether one of the patterns matches: what the condition's own {@code getMatchingCondition} decides
     * first, without the sorted set and the condition it builds of the matching patterns, which Spring's
     * look-up that follows builds again anyway.
     */
    private static boolean anyMatches(PathPatternsRequestCondition paths, PathContainer path) {
        for (PathPattern pattern : paths.getPatterns()) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private RouteIndex<Route> index() {
        Indexed built = index;
        int current = changes.get();
        if (built == null || built.changes() != current) {
            // A case-insensitive pattern matches a segment that is not equal to it: every route is then a candidate.
            PathPatternParser parser = getPatternParser();
            boolean literalsCompareEqual = parser == null || parser.isCaseSensitive();
            built = new Indexed(current, new RouteIndex<>(getHandlerMethods().entrySet().stream().collect(
                    Collectors.toMap(route -> new Route(route.getKey(), route.getValue()),
                            route -> literalsCompareEqual ? patterns(route.getKey()) : List.<String>of()))));
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
