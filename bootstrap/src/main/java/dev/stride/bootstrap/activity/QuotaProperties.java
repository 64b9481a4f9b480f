package dev.stride.bootstrap.activity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code stride.quota.*}: how much one user may store.
 *
 * @param activitiesPerUser live (not soft-deleted) activities per user; a create, restore or import past it answers
 *                          409 {@code quota-exceeded}
 */
@ConfigurationProperties("stride.quota")
public record QuotaProperties(@DefaultValue("100000") long activitiesPerUser) {
}
