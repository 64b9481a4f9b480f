package dev.stride.adapters.metrics;

import dev.stride.domain.port.SecurityMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The metrics ports on Micrometer, in the application's {@link MeterRegistry}. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfiguration {

    @Bean
    SecurityMetrics securityMetrics(MeterRegistry registry) {
        return new MicrometerSecurityMetrics(registry);
    }
}
