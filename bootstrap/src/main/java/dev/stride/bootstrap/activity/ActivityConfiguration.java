package dev.stride.bootstrap.activity;

import dev.stride.application.event.UnitOfWork;
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
import dev.stride.application.port.in.activity.CreateActivityUseCase;
import dev.stride.application.port.in.activity.DeleteActivityUseCase;
import dev.stride.application.port.in.activity.ExportActivitiesUseCase;
import dev.stride.application.port.in.activity.GetActivityUseCase;
import dev.stride.application.port.in.activity.ImportActivitiesUseCase;
import dev.stride.application.port.in.activity.ListActivitiesUseCase;
import dev.stride.application.port.in.activity.ListTrashUseCase;
import dev.stride.application.port.in.activity.RestoreActivityUseCase;
import dev.stride.application.port.in.activity.UpdateActivityUseCase;
import dev.stride.domain.port.Transactions;
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
    CreateActivityUseCase createActivity(ActivityRepository activities, ActivityQuota quota, UnitOfWork unitOfWork,
                                         Clock clock) {
        return new CreateActivityService(activities, quota, unitOfWork, clock);
    }

    @Bean
    ExportActivitiesUseCase exportActivities(ActivityRepository activities, Transactions transactions) {
        return new ExportActivitiesService(activities, transactions);
    }

    @Bean
    ImportActivitiesUseCase importActivities(ActivityRepository activities, ActivityQuota quota,
                                             UnitOfWork unitOfWork, Clock clock) {
        return new ImportActivitiesService(activities, quota, unitOfWork, clock);
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
    UpdateActivityUseCase updateActivity(ActivityRepository activities, UnitOfWork unitOfWork, Clock clock) {
        return new UpdateActivityService(activities, unitOfWork, clock);
    }

    @Bean
    DeleteActivityUseCase deleteActivity(ActivityRepository activities, AuditLog audit, UnitOfWork unitOfWork,
                                         Clock clock) {
        return new DeleteActivityService(activities, audit, unitOfWork, clock);
    }

    @Bean
    RestoreActivityUseCase restoreActivity(ActivityRepository activities, ActivityQuota quota, AuditLog audit,
                                           UnitOfWork unitOfWork, Clock clock) {
        return new RestoreActivityService(activities, quota, audit, unitOfWork, clock);
    }

    @Bean
    ListTrashUseCase listTrash(ActivityRepository activities) {
        return new ListTrashService(activities);
    }
}
