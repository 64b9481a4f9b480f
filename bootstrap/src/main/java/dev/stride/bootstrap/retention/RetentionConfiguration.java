package dev.stride.bootstrap.retention;

import dev.stride.application.event.UnitOfWork;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase;
import dev.stride.domain.port.ExclusiveRunner;
import dev.stride.application.retention.PurgeSoftDeletedService;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import dev.stride.domain.port.UserRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import java.time.Clock;

/** The purge of rows soft-deleted longer ago than {@code stride.retention.soft-deleted}, and its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionConfiguration {

    @Bean
    PurgeSoftDeletedUseCase purgeSoftDeleted(ActivityRepository activities, UserRepository users, AuditLog audit,
                                             UnitOfWork unitOfWork, ExclusiveRunner exclusiveRunner, Clock clock,
                                             RetentionProperties retention) {
        return new PurgeSoftDeletedService(activities, users, audit, unitOfWork, exclusiveRunner, clock,
                retention.softDeleted(), retention.batchSize());
    }

    /** Runs once the application enables scheduling ({@code StrideApplication} does). */
    @Bean
    SchedulingConfigurer scheduledPurge(PurgeSoftDeletedUseCase purge, RetentionProperties retention) {
        ScheduledPurge job = new ScheduledPurge(purge);
        return tasks -> tasks.addFixedDelayTask(
                new FixedDelayTask(job, retention.purgeInterval(), retention.purgeInitialDelay()));
    }
}
