package dev.stride.adapters.redis.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RetryStrategy;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The rate limiter's one connection to Redis, opened by the start-up warm-up or the first request,
 * so that the service starts (and fails open) while Redis is down: Bucket4j's proxy manager for
 * token buckets, and commands for the sliding-window script. Each bucket's key expires a sync
 * interval after the bucket would be full again: an instance writes a count it keeps back at least
 * that often, and finding the key gone costs that write a third round trip (Bucket4j reads, finds
 * nothing, reads again and creates it), which a bucket that is never drained, the common case, paid
 * on every write back.
 */
final class LimiterConnection implements AutoCloseable {

    private final LimiterClient client;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final TimeMeter time;
    private final RetryStrategy contention;
    private final ExpirationAfterWriteStrategy expiry;
    private final ReentrantLock connecting = new ReentrantLock();

    private volatile ProxyManager<String> buckets;

    /**
     * @param requestTimeout longest a bucket update may take, compare-and-swap retries included
     * @param contention     how Bucket4j waits before retrying a lost compare-and-swap
     * @param keptWhenFull   how long a bucket's key outlives "full again": the local share's sync interval
     */
    LimiterConnection(LimiterClient client, Duration connectTimeout, Duration requestTimeout, TimeMeter time, RetryStrategy contention,
                      Duration keptWhenFull) {
        this.client = client;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.time = time;
        this.contention = contention;
        // one millisecond more, because Bucket4j rounds the time to live down to whole milliseconds
        this.expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keptWhenFull.plusMillis(1));
    }

    /** The proxy manager, connecting first if no request has yet. */
    ProxyManager<String> buckets() {
        ProxyManager<String> ready = buckets;
        return ready != null ? ready : connect();
    }

    /** Commands on the limiter's connection, connecting first if no request has yet. */
    RedisClusterCommands<String, byte[]> commands() {
        buckets();
        return client.sync();
    }

    private ProxyManager<String> connect() {
        try {
            if (!connecting.tryLock(connectTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new IllegalStateException("still connecting to Redis");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Redis", e);
        }
        try {
            if (buckets == null) {
                buckets = client.connect()
                        .expirationAfterWrite(expiry)
                        .requestTimeout(requestTimeout)
                        .clientClock(time)
                        .retryStrategy(contention)
                        .build();
            }
            return buckets;
        } finally {
            connecting.unlock();
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
