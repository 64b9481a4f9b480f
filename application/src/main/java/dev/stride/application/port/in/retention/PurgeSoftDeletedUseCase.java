package dev.stride.application.port.in.retention;

/** The retention job. */
public interface PurgeSoftDeletedUseCase {

    /**
     * Removes for good every activity and account soft-deleted longer ago than the retention period,
     * in bounded batches; does nothing when another purge (on any instance) is running.
     */
    PurgeReport purge();

    /** What one run did; {@code ran} is false when another purge held the lock. */
    record PurgeReport(boolean ran, int activities, int users) {

        public static final PurgeReport SKIPPED = new PurgeReport(false, 0, 0);
    }
}
