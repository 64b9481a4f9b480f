package dev.stride.bootstrap.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code stride.retention.*}: how long soft-deleted rows are kept, how often the purge runs (the
 * first run comes {@code purge-initial-delay} after start-up), and how many rows one purge
 * transaction removes at most.
 *
 * @param softDeleted       how long soft-deleted activities and accounts are kept before the purge removes them
 * @param purgeInterval     how often the purge job runs
 * @param purgeInitialDelay when the first purge runs after start-up
 * @param batchSize         rows one purge transaction removes at most
 */
@ConfigurationProperties("stride.retention")
public record RetentionProperties(
        @DefaultValue("30d") Duration softDeleted,
        @DefaultValue("1h") Duration purgeInterval,
        @DefaultValue("1m") Duration purgeInitialDelay,
        @DefaultValue("500") int batchSize) {

    public RetentionProperties {
        if (softDeleted.isNegative() || !purgeInterval.isPositive() || purgeInitialDelay.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("stride.retention.purge-interval and batch-size must be positive, and"
                    + " soft-deleted and purge-initial-delay not negative; got " + softDeleted + ", " + purgeInterval
                    + ", " + purgeInitialDelay + " and " + batchSize);
        }
    }
}
