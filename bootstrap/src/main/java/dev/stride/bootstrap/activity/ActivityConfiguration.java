package dev.stride.bootstrap.activity;

import dev.stride.application.activity.ActivityQuota;
import dev.stride.application.activity.CreateActivityService;
import dev.stride.application.activity.DeleteActivityService;
import dev.stride.application.activity.ExportActivitiesService;
import dev.stride.application.activity.GetActivityService;
import dev.stride.application.activity.ImportActivitiesService;
import dev.stride.application.activity.ListActivitiesService;
import dev.stride.application.activity.ListTrashService;
import dev.stride.application.activity.RestoreActivityService;
import dev.stride.application.activity.UpdateActivityService;
import dev.stride.application.cache.ActivityCache;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.in.ExportActivitiesUseCase;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.application.port.in.ImportActivitiesUseCase;
import dev.stride.application.port.in.ListActivitiesUseCase;
import dev.stride.application.port.in.ListTrashUseCase;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** A user's activities: write, read, list, export, import, trash and restore, within the quota. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuotaProperties.class)
public class ActivityConfiguration {

    @Bean
    ActivityQuota activityQuota(ActivityRepository activities, QuotaProperties quota) {
        return new ActivityQuota(activities, quota.activitiesPerUser());
    }

    @Bean
    CreateActivityUseCase createActivity(ActivityRepository activities, ActivityQuota quota, Transactions transactions,
                                         Clock clock, ActivityCache cache) {
        return new CreateActivityService(activities, quota, transactions, clock, cache);
    }

    @Bean
    ExportActivitiesUseCase exportActivities(ActivityRepository activities, Transactions transactions) {
        return new ExportActivitiesService(activities, transactions);
    }

    @Bean
    ImportActivitiesUseCase importActivities(ActivityRepository activities, ActivityQuota quota,
                                             Transactions transactions, Clock clock, ActivityCache cache) {
        return new ImportActivitiesService(activities, quota, transactions, clock, cache);
    }

    @Bean
    GetActivityUseCase getActivity(ActivityRepository activities, ActivityCache cache) {
        return new GetActivityService(activities, cache);
    }

    @Bean
    ListActivitiesUseCase listActivities(ActivityRepository activities, ActivityCache cache) {
        return new ListActivitiesService(activities, cache);
    }

    @Bean
    UpdateActivityUseCase updateActivity(ActivityRepository activities, Clock clock, ActivityCache cache) {
        return new UpdateActivityService(activities, clock, cache);
    }

    @Bean
    DeleteActivityUseCase deleteActivity(ActivityRepository activities, AuditLog audit, Transactions transactions,
                                         Clock clock, ActivityCache cache) {
        return new DeleteActivityService(activities, audit, transactions, clock, cache);
    }

    @Bean
    RestoreActivityUseCase restoreActivity(ActivityRepository activities, ActivityQuota quota, AuditLog audit,
                                           Transactions transactions, Clock clock, ActivityCache cache) {
        return new RestoreActivityService(activities, quota, audit, transactions, clock, cache);
    }

    @Bean
    ListTrashUseCase listTrash(ActivityRepository activities) {
        return new ListTrashService(activities);
    }
}
