package dev.stride.adapters.web.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's handler mapping, asking a route's path first. A request whose path has a variable
 * ({@code /api/v1/activities/42}) has no direct match, so Spring tries every route of the application
 * in turn, and each route checks its HTTP method, headers, {@code Consumes} and {@code Produces} (the
 * request's {@code Accept} parsed again) before its path, which is what rules out nearly all of them:
 * 12 % of the CPU of a cached get-by-id (bench/README.md, ninth round). Checking the path first rules
 * them out at once. The routes that match, and what a request matching none is told (404, 405, 406,
 * 415), are the same: a route matches only if every condition does, in any order.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        PathPatternsRequestCondition paths = info.getPathPatternsCondition();
        if (paths != null && paths.getMatchingCondition(request) == null) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }
}
