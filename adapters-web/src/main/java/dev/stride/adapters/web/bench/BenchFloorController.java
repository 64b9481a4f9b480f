package dev.stride.adapters.web.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's "floor": an authenticated endpoint that does nothing, so a request to it costs
 * exactly the full filter chain (JWT authentication, the per-request revocation check, the rate-limit
 * filter) and nothing else. {@code bench/run} compares every real endpoint's throughput with this
 * one, and the floor with a bare endpoint that skips that chain. It exists only under the Spring
 * profile {@code bench}; a normal start-up has no such route.
 */
@RestController
@Profile("bench")
class BenchFloorController {

    static final String BARE = "/api/v1/bench/bare";

    @GetMapping("/api/v1/bench/floor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void floor() {
        // Nothing: the cost measured is the filter chain's.
    }

    /**
     * The floor of a write: the bench binds a route policy ({@code writes}) to it, so that each request
     * is charged in two policies, as a real write is.
     */
    @PostMapping("/api/v1/bench/floor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void writeFloor() {
        // Nothing: the cost measured is the filter chain's, with two rate-limit policies charged.
    }

    /**
     * The same nothing on the same server without Spring Security's filter chain, and so without
     * authentication and without the rate-limit filter, which runs inside that chain: floor ÷ bare is
     * what the chain costs.
     */
    @GetMapping(BARE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void bare() {
        // Nothing: the cost measured is the server's, Spring MVC's and the servlet filters outside security.
    }

    /**
     * Takes the bare endpoint out of the security filter chain. It is the only path Spring Security
     * ignores, and only under the {@code bench} profile: without it, a request to that path would need a
     * token like any other (and find no route). Spring Security warns about ignoring a path at start-up;
     * here that is the point.
     */
    @Configuration(proxyBeanMethods = false)
    @Profile("bench")
    static class BareEndpointOutsideSecurity {

        @Bean
        WebSecurityCustomizer bareEndpointIgnoredBySecurity() {
            return web -> web.ignoring().requestMatchers(HttpMethod.GET, BARE);
        }
    }
}
