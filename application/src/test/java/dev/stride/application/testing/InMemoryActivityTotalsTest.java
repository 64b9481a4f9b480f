package dev.stride.application.testing;

import dev.stride.domain.port.ActivityRepository;
import dev.stride.domain.port.ActivityTotals;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryActivityTotalsTest extends ActivityTotalsContract {

    private final InMemoryActivityRepository activities = new InMemoryActivityRepository();
    private final InMemoryActivityTotals totals = new InMemoryActivityTotals(activities);
    private final AtomicLong owners = new AtomicLong();

    @Override
    protected ActivityRepository activities() {
        return activities;
    }

    @Override
    protected ActivityTotals totals() {
        return totals;
    }

    @Override
    protected long newOwner() {
        return owners.incrementAndGet();
    }
}
