package dev.stride.bootstrap.retention;

import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase.PurgeReport;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the retention purge, every {@code stride.retention.purge-interval} (on one instance at a time:
 * the use case takes a lock). A failed run is logged and left to the next one.
 */
final class ScheduledPurge implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPurge.class);

    private final PurgeSoftDeletedUseCase purge;

    ScheduledPurge(PurgeSoftDeletedUseCase purge) {
        this.purge = purge;
    }

    @Override
    public void run() {
        try {
            PurgeReport report = purge.purge();
            if (!report.ran()) {
                log.debug("Retention purge skipped: another instance is purging");
            } else if (report.activities() + report.users() > 0) {
                log.info("Retention purge removed {} activities and {} accounts", report.activities(), report.users());
            }
        } catch (RuntimeException e) {
            log.warn("Retention purge failed; the next run will retry: {}", e.toString());
        }
    }
}
