package dev.stride.bootstrap.accounts;

import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase.PurgeReport;
import dev.stride.application.port.in.retention.PurgeSoftDeletedUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the retention purge every {@code stride.retention.purge-interval} (on one instance at a time: the use case takes a lock). */
final class ScheduledPurge {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPurge.class);

    private final PurgeSoftDeletedUseCase purge;

    ScheduledPurge(PurgeSoftDeletedUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelayString = "${stride.retention.purge-interval:1h}",
            initialDelayString = "${stride.retention.purge-initial-delay:1m}")
    void run() {
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
