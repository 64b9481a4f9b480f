package dev.stride.adapters.web.bench;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's "floor": an authenticated endpoint that does nothing, so a request to it costs
 * exactly the full filter chain (JWT authentication, the per-request revocation check, the rate-limit
 * filter) and nothing else. {@code bench/run} compares every real endpoint's throughput with this
 * one. It exists only under the Spring profile {@code bench}; a normal start-up has no such route.
 */
@RestController
@Profile("bench")
class BenchFloorController {

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
}
