package dev.stride.application.testing;

import dev.stride.domain.audit.SecurityEvent;
import dev.stride.domain.port.SecurityMetrics;

import java.util.EnumMap;
import java.util.Map;

/** Security metrics as a test reads them: how often each event was counted. */
public final class CountingSecurityMetrics implements SecurityMetrics {

    private final Map<SecurityEvent, Integer> counts = new EnumMap<>(SecurityEvent.class);

    @Override
    public synchronized void count(SecurityEvent event) {
        counts.merge(event, 1, Integer::sum);
    }

    public synchronized int counted(SecurityEvent event) {
        return counts.getOrDefault(event, 0);
    }
}
