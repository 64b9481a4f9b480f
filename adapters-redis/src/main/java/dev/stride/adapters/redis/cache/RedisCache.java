package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.CircuitBreaker;
import dev.stride.adapters.redis.RedisScripts;
import dev.stride.domain.cache.CacheEntryId;
import dev.stride.domain.cache.CacheLookup;
import dev.stride.domain.cache.CacheUnavailableException;
import dev.stride.domain.port.Cache;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The {@link Cache} on Redis. Layout under the key prefix:
 * <pre>
 *   c:epoch                         bumped by invalidateAll
 *   c:g:{namespace}                 the namespace's generation (random, so an evicted one is never reused)
 *   c:e:{namespace}:{epoch.gen}:{cache}:{key}   an entry, JSON, with its TTL
 * </pre>
 * Invalidation replaces one small key, whatever the number of entries (no KEYS, no SCAN); the
 * retired entries simply expire. A read of an entry this instance holds a copy of
 * ({@link DecodedEntries}) needs no round trip while it knows the namespace's current generation
 * ({@link GenerationTracking}); otherwise it asks Redis for the generation, and the value itself
 * only travels and is decoded when this instance holds no copy of it for that generation. Every
 * command goes through a breaker, so a slow or dead Redis costs a request at most one short
 * timeout, and nothing while the breaker is open.
 */
final class RedisCache implements Cache {

    /** Longer than any entry TTL, so a generation never expires under live entries. */
    private static final Duration GENERATION_TTL = Duration.ofDays(1);
    private static final String GENERATION_TTL_MILLIS = String.valueOf(GENERATION_TTL.toMillis());

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ = RedisScripts.fromClasspath("dev/stride/adapters/redis/cache/read.lua", List.class);
    private static final RedisScript<Long> PUT = RedisScripts.fromClasspath("dev/stride/adapters/redis/cache/put.lua", Long.class);

    private final StringRedisTemplate redis;
    private final CacheKeys keys;
    private final JsonCodec codec;
    private final CircuitBreaker breaker;
    private final CacheMetrics metrics;
    private final DecodedEntries decoded;
    private final GenerationTracking tracking;
    /** Unique to this instance; fresh generations append a counter (UUID.randomUUID per read contended on SecureRandom). */
    private final String instanceToken = UUID.randomUUID().toString();
    private final AtomicLong generationsIssued = new AtomicLong();

    RedisCache(StringRedisTemplate redis, CacheKeys keys, JsonCodec codec, CircuitBreaker breaker, CacheMetrics metrics,
               DecodedEntries decoded, GenerationTracking tracking) {
        this.redis = redis;
        this.keys = keys;
        this.codec = codec;
        this.breaker = breaker;
        this.metrics = metrics;
        this.decoded = decoded;
        this.tracking = tracking;
    }

    @Override
    public <T> CacheLookup<T> get(CacheEntryId id, Class<T> type) {
        DecodedEntries.Held held = decoded.held(id, type);
        if (held != null && held.generation().equals(tracking.current(id.namespace()))) {
            metrics.lookedUp(id.cache(), true);
            return new CacheLookup<>(held.generation(), type.cast(held.value()));
        }
        GenerationTracking.Read read = tracking.reading(id.namespace());
        List<?> reply = call(() -> redis.execute(READ, scriptKeys(id.namespace()), freshGeneration(),
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
        Long stored = call(() -> redis.execute(PUT, scriptKeys(id.namespace()), generation, keys.entryPrefix(id),
                CacheKeys.entrySuffix(id), json, String.valueOf(ttl.toMillis())));
        boolean wasStored = stored != null && stored == 1;
        if (wasStored) {
            decoded.remember(id, generation, value, json.length(), ttl.toMillis());
            metrics.stored(id.cache());
        }
        return wasStored;
    }

    @Override
    public void invalidate(String namespace) {
        call(() -> {
            redis.opsForValue().set(keys.generation(namespace), freshGeneration(), GENERATION_TTL);
            return null;
        });
        tracking.forget(namespace); // Redis pushes the change to this instance only after its reply
        metrics.evicted("namespace");
    }

    @Override
    public void invalidateAll() {
        call(() -> redis.opsForValue().increment(keys.epoch()));
        tracking.forgetAll();
        metrics.evicted("all");
    }

    /** Never issued before by any instance, so a retired generation can never come back. */
    private String freshGeneration() {
        return instanceToken + "-" + Long.toString(generationsIssued.incrementAndGet(), Character.MAX_RADIX);
    }

    private <T> T call(Supplier<T> command) {
        return breaker.call(command, e -> new CacheUnavailableException("Redis cache unavailable: " + e.getMessage(), e));
    }

    private List<String> scriptKeys(String namespace) {
        return List.of(keys.generation(namespace), keys.epoch());
    }
}
