package dev.stride.bootstrap.quota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code stride.quota.*}: how much one user may store. */
@ConfigurationProperties("stride.quota")
public record QuotaProperties(
        /* Live (not soft-deleted) activities per user; creating, restoring or importing past it answers 409. */
        @DefaultValue("100000") long activitiesPerUser) {
}
