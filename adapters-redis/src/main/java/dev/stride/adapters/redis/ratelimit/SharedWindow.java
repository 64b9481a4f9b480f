package dev.stride.adapters.redis.ratelimit;

import dev.stride.adapters.redis.ratelimit.SlidingWindowScript.Reply;
import dev.stride.domain.ratelimit.LimitStanding;
import dev.stride.domain.ratelimit.RateLimitDecision;
import dev.stride.domain.ratelimit.RateLimitPolicy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * One instance's local share of one sliding-window count (a policy and key). It decides requests
 * on its own from the counts the last script call returned plus the batch it admitted since, and
 * sends that batch with its next call, which adds it atomically: when the share is spent, when the
 * counts are {@code syncInterval} old, or when a fixed window of the policy has ended since (so
 * that a batch always belongs to the windows it is sent for). Other instances only ever add to the
 * counts, so a refusal from the local counts is right, and an admission exceeds a limit by at most
 * the share per instance. With one instance the count is exact. A policy whose quota is too small
 * for a share has every request counted in Redis, as without one.
 *
 * <p>One request at a time decides, for the time of its script call too; the others wait (at most
 * {@code waitForLock}, then fail like a timed-out call) and then mostly decide from the fresh counts:
 * an instance has at most one call in flight per count, as with Bucket4j's batching.
 */
final class SharedWindow implements RecentCounts.Kept {

    private final String redisKey;
    private final RateLimitPolicy policy;
    private final long share;
    private final long syncMillis;
    private final SlidingWindowScript script;
    private final LongSupplier millis;
    private final long waitForLockNanos;
    private final ReentrantLock lock = new ReentrantLock();

    /** The counts as the last script call left them (none before the first), at {@link #syncedAt}. */
    private WindowCounts known;
    private long syncedAt;
    /** Requests admitted here since the last call, not in Redis yet: all in the fixed windows of {@link #syncedAt}. */
    private long batch;

    SharedWindow(String redisKey, RateLimitPolicy policy, LocalShare localShare, SlidingWindowScript script, LongSupplier millis,
                 Duration waitForLock) {
        this.redisKey = redisKey;
        this.policy = policy;
        this.share = localShare.of(policy);
        this.syncMillis = localShare.syncInterval().toMillis();
        this.script = script;
        this.millis = millis;
        this.waitForLockNanos = waitForLock.toNanos();
    }

    @Override
    public RateLimitPolicy policy() {
        return policy;
    }

    RateLimitDecision consume() {
        if (share == 0) {
            return script.count(redisKey, policy, millis.getAsLong());
        }
        lock();
        try {
            long now = millis.getAsLong();
            if (!decidesLocally(now)) {
                return sync(now, 1).decision(now, policy);
            }
            WindowCounts counts = known.plus(batch);
            if (!counts.allowOneMore(now, policy)) {
                return counts.decision(false, now, policy);
            }
            batch++;
            return counts.plus(1).decision(true, now, policy);
        } finally {
            lock.unlock();
        }
    }

    /** Where the caller stands, counting nothing: from the local counts while they would decide a request, else from Redis. */
    List<LimitStanding> standing() {
        if (share == 0) {
            return script.read(redisKey, policy, millis.getAsLong());
        }
        lock();
        try {
            long now = millis.getAsLong();
            WindowCounts counts = decidesLocally(now) ? known.plus(batch) : sync(now, 0).counts();
            return counts.standings(now, policy);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void writeBack() {
        lock();
        try {
            if (batch > 0) {
                sync(millis.getAsLong(), 0);
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean decidesLocally(long now) {
        return known != null && batch < share && now - syncedAt < syncMillis && known.areCurrentAt(now, policy);
    }

    /** Sends the batch along with this request (cost 1) or with a read (0). When the call fails, the batch stays for the next one. */
    private Reply sync(long now, int cost) {
        Reply reply = script.run(redisKey, policy, now, cost, batch, syncedAt);
        batch = 0;
        known = reply.counts();
        syncedAt = now;
        return reply;
    }

    private void lock() {
        try {
            if (!lock.tryLock(waitForLockNanos, TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("another request for " + redisKey + " is still waiting for Redis");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + redisKey, e);
        }
    }
}
