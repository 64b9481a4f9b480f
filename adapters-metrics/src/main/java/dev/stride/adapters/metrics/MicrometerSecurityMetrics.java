package dev.stride.adapters.metrics;

import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.port.SecurityMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code security.events{event}} (Prometheus {@code security_events_total}): refresh-token reuse,
 * lockouts and admin actions. Every counter is registered once, at start-up, so that each series
 * exists at 0 and an alert sees the first event as an increase.
 */
final class MicrometerSecurityMetrics implements SecurityMetrics {

    private final Map<SecurityEvent, Counter> counters = new EnumMap<>(SecurityEvent.class);

    MicrometerSecurityMetrics(MeterRegistry registry) {
        for (SecurityEvent event : SecurityEvent.values()) {
            counters.put(event, Counter.builder("security.events").description("Security events, also in the audit log")
                    .tag("event", event.label()).register(registry));
        }
    }

    @Override
    public void count(SecurityEvent event) {
        counters.get(event).increment();
    }
}
