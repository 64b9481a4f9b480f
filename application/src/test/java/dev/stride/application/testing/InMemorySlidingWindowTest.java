package dev.stride.application.testing;

import dev.stride.domain.port.RateLimiter;

import java.time.Clock;

class InMemorySlidingWindowTest extends SlidingWindowContract {

    @Override
    protected RateLimiter createLimiter(Clock clock) {
        return new InMemoryRateLimiter(clock);
    }
}
