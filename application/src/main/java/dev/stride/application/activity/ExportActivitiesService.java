package dev.stride.application.activity;

import dev.stride.application.port.in.activity.ExportActivitiesUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.Transactions;

import java.util.function.Consumer;

/** Streams from a database cursor inside one read-only transaction: one consistent snapshot, in constant memory. */
public final class ExportActivitiesService implements ExportActivitiesUseCase {

    private final ActivityRepository activities;
    private final Transactions transactions;

    public ExportActivitiesService(ActivityRepository activities, Transactions transactions) {
        this.activities = activities;
        this.transactions = transactions;
    }

    @Override
    public void export(long userId, Consumer<Activity> sink) {
        transactions.inReadOnlyTransaction(() -> activities.forEachLive(userId, sink));
    }
}
