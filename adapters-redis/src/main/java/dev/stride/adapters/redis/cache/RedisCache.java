package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.tracking.KnownValues;
import dev.stride.adapters.redis.tracking.TrackedKeys;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.domain.port.Cache;
import io.lettuce.core.ScriptOutputType;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The {@link Cache} on Redis, in the layout of {@link CacheKeys}. Invalidation replaces one small
 * key, whatever the number of entries (no KEYS, no SCAN); the retired entries simply expire. A read of
 * an entry this instance holds a copy of ({@link DecodedEntries}) needs no script while the namespace's
 * generation is tracked ({@link TrackedKeys}); otherwise it asks Redis for the generation, and
 * the value itself only travels and is decoded when this instance holds no copy of it for that
 * generation. Every command goes through a breaker, so a slow or dead Redis costs a request at most
 * one short timeout, and nothing while the breaker is open.
 */
final class RedisCache implements Cache {

    /** Longer than any entry TTL, so a generation never expires under live entries. */
    private static final Duration GENERATION_TTL = Duration.ofDays(1);
    private static final String GENERATION_TTL_MILLIS = String.valueOf(GENERATION_TTL.toMillis());
    /** Epoch keys written per command by invalidateAll. */
    private static final int EPOCHS_PER_COMMAND = 256;

    private static final CacheScript READ = CacheScript.fromClasspath(ScriptOutputType.MULTI, "read.lua");
    private static final CacheScript PUT = CacheScript.fromClasspath(ScriptOutputType.INTEGER, "store.lua", "put.lua");
    private static final CacheScript WRITE = CacheScript.fromClasspath(ScriptOutputType.MULTI, "store.lua", "write.lua");

    private final CacheConnection redis;
    private final CacheKeys keys;
    private final JsonCodec codec;
    private final CircuitBreaker breaker;
    private final CacheMetrics metrics;
    private final DecodedEntries decoded;
    private final TrackedKeys tracking;
    private final String maxEntriesPerNamespace;
    /** Unique to this instance; fresh generations append a counter (UUID.randomUUID per read contended on SecureRandom). */
    private final String instanceToken = UUID.randomUUID().toString();
    private final AtomicLong generationsIssued = new AtomicLong();

    RedisCache(CacheConnection redis, CacheKeys keys, JsonCodec codec, CircuitBreaker breaker, CacheMetrics metrics,
               DecodedEntries decoded, TrackedKeys tracking, int maxEntriesPerNamespace) {
        this.redis = redis;
        this.keys = keys;
        this.codec = codec;
        this.breaker = breaker;
        this.metrics = metrics;
        this.decoded = decoded;
        this.tracking = tracking;
        this.maxEntriesPerNamespace = String.valueOf(maxEntriesPerNamespace);
    }

    @Override
    public <T> CacheLookup<T> get(CacheEntryId id, Class<T> type) {
        long start = tracking.now();
        DecodedEntries.Held held = decoded.held(id, type);
        if (held != null && held.generation().equals(tracking.known(id.namespace()))
                && held.generation().equals(call(() -> tracking.fenced(id.namespace(), start)))) {
            metrics.lookedUp(id.cache(), true);
            return new CacheLookup<>(held.generation(), type.cast(held.value()));
        }
        KnownValues.Read read = tracking.reading(id.namespace());
        List<?> reply = call(() -> READ.run(redis.commands(), scriptKeys(id.namespace()), freshToken(),
                GENERATION_TTL_MILLIS, keys.entryPrefix(id), CacheKeys.entrySuffix(id), held == null ? "" : held.generation()));
        String generation = (String) reply.get(0);
        tracking.answered(read, generation);
        T value = reply.size() > 1 ? valueOf(reply, id, generation, type, held) : null;
        metrics.lookedUp(id.cache(), value != null);
        return new CacheLookup<>(generation, value);
    }

    /** The value Redis sent (with its TTL), decoded and remembered, or the held copy Redis confirmed. */
    private <T> T valueOf(List<?> reply, CacheEntryId id, String generation, Class<T> type, DecodedEntries.Held held) {
        if (!(reply.get(1) instanceof String json)) {
            return type.cast(held.value());
        }
        T value = codec.decode(json, type);
        if (value != null) {
            decoded.remember(id, generation, value, json.length(), (Long) reply.get(2));
        }
        return value;
    }

    @Override
    public boolean put(CacheEntryId id, String generation, Object value, Duration ttl) {
        String json = codec.encode(value);
        Long stored = call(() -> PUT.run(redis.commands(), storeKeys(id.namespace()), generation, keys.entryPrefix(id),
                CacheKeys.entrySuffix(id), json, String.valueOf(ttl.toMillis()), maxEntriesPerNamespace));
        boolean wasStored = stored != null && stored == 1;
        if (wasStored) {
            decoded.remember(id, generation, value, json.length(), ttl.toMillis());
            metrics.stored(id.cache());
        }
        return wasStored;
    }

    @Override
    public void invalidate(String namespace) {
        String generation = keys.generation(namespace);
        call(() -> redis.surviveFailover(generation, node -> node.psetex(generation, GENERATION_TTL.toMillis(), freshToken())));
        retired(namespace);
    }

    /**
     * One script: the new generation, the version check and the store. The value is remembered as this
     * instance's decoded copy under the new generation, so the read that follows the write costs no decoding.
     */
    @Override
    public boolean invalidateAndPut(CacheEntryId id, long version, Object value, Duration ttl) {
        String json = value == null ? "" : codec.encode(value);
        String[] scriptKeys = {keys.generation(id.namespace()), keys.epoch(id.namespace()), keys.index(id.namespace()),
                keys.version(id)};
        List<?> reply = call(() -> redis.surviveFailover(scriptKeys[0], node -> WRITE.run(node, scriptKeys, freshToken(),
                GENERATION_TTL_MILLIS, keys.entryPrefix(id), CacheKeys.entrySuffix(id), String.valueOf(version), json,
                String.valueOf(ttl.toMillis()), maxEntriesPerNamespace)));
        retired(id.namespace());
        boolean stored = (Long) reply.get(1) == 1;
        if (stored) {
            decoded.remember(id, (String) reply.get(0), value, json.length(), ttl.toMillis());
            metrics.stored(id.cache());
        }
        return stored;
    }

    private void retired(String namespace) {
        tracking.forget(namespace); // Redis pushes the change to this instance only after its reply
        metrics.evicted("namespace");
    }

    /**
     * Gives every hash slot a new epoch. Rare (after invalidations were lost), so writing 16,384 small
     * keys is fine; on a cluster each batch is split by slot and sent to the slots' masters.
     */
    @Override
    public void invalidateAll() {
        String epoch = freshToken();
        List<String> epochs = keys.allEpochs();
        for (int from = 0; from < epochs.size(); from += EPOCHS_PER_COMMAND) {
            Map<String, String> batch = new LinkedHashMap<>();
            for (String key : epochs.subList(from, Math.min(from + EPOCHS_PER_COMMAND, epochs.size()))) {
                batch.put(key, epoch);
            }
            call(() -> redis.commands().mset(batch));
        }
        tracking.forgetAll();
        metrics.evicted("all");
    }

    /** Other instances' hits may rely on a fence up to the lag old: a write waits out the lag. */
    @Override
    public void settle() {
        tracking.afterChange();
    }

    /** Never issued before by any instance, so a retired generation or epoch can never come back. */
    private String freshToken() {
        return instanceToken + "-" + Long.toString(generationsIssued.incrementAndGet(), Character.MAX_RADIX);
    }

    private <T> T call(Supplier<T> command) {
        return breaker.call(command, e -> new CacheUnavailableException("Redis cache unavailable: " + e.getMessage(), e));
    }

    private String[] storeKeys(String namespace) {
        return new String[] {keys.generation(namespace), keys.epoch(namespace), keys.index(namespace)};
    }

    private String[] scriptKeys(String namespace) {
        return new String[] {keys.generation(namespace), keys.epoch(namespace)};
    }
}
