package dev.stride.bootstrap.quota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stride.quota.*}: how much one user may store.
 *
 * @param activitiesPerUser live (not soft-deleted) activities per user; creating, restoring or importing past it answers 409
 */
@ConfigurationProperties("stride.quota")
public record QuotaProperties(
        @DefaultValue("100000") long activitiesPerUser) {
}
