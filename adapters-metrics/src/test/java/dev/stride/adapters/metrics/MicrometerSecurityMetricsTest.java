package dev.stride.adapters.metrics;

import dev.stride.domain.audit.SecurityEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerSecurityMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void everyEventsSeriesExistsAtZeroBeforeTheFirstEventSoThatAnAlertSeesItAsAnIncrease() {
        new MicrometerSecurityMetrics(registry);

        assertThat(registry.find("security.events").counters()).hasSize(SecurityEvent.values().length)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(registry.find("security.events").tag("event", "refresh_token_reuse").counter()).isNotNull();
    }

    @Test
    void anEventCountsInItsOwnSeriesOnly() {
        MicrometerSecurityMetrics metrics = new MicrometerSecurityMetrics(registry);

        metrics.count(SecurityEvent.LOCKOUT);
        metrics.count(SecurityEvent.LOCKOUT);

        assertThat(registry.get("security.events").tag("event", "lockout").counter().count()).isEqualTo(2);
        assertThat(registry.get("security.events").tag("event", "admin_action").counter().count()).isZero();
    }
}
