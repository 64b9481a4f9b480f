package dev.stride.adapters.redis;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A nano-time source that moves only when the test says so, for breakers and cool-downs. */
public final class ManualTicker {

    private final AtomicLong nanos = new AtomicLong();

    public long read() {
        return nanos.get();
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
