package dev.stride.domain.port;

import dev.stride.domain.audit.SecurityEvent;

/** Counts security events for monitoring (an alert on a burst of refresh-token reuse, for example). */
public interface SecurityMetrics {

    void count(SecurityEvent event);
}
