package dev.stride.domain.shared;

/** A write would take a user past a quota; nothing was changed. */
public final class QuotaExceededException extends DomainException {

    private final String quota;
    private final long limit;

    public QuotaExceededException(String quota, long limit, String message) {
        super(message);
        this.quota = quota;
        this.limit = limit;
    }

    /** The quota's configuration name, e.g. {@code activities-per-user}. */
    public String quota() {
        return quota;
    }

    public long limit() {
        return limit;
    }
}
