package dev.stride.adapters.web.httpcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Function;

/**
 * JSON response bodies kept for the value they were made from. While a cache generation is current,
 * a cached read hands out the very same value instance again and again (the cache's decoded copy), so
 * a hit finds its body here by identity and is neither encoded nor hashed again. Values are immutable,
 * so a body never goes out of date: a write starts a new generation, whose value is a new instance,
 * and the old one's body leaves with it (weak keys). The part of a body that comes from the request
 * rather than from the value, and the kind of response, form its {@code shape}: a body is reused only
 * for an equal one.
 */
@Component
public class EncodedBodies {

    /**
     * As much as the cache's decoded copies keep by default (stride.cache.redis.local-copies-size): a body
     * leaves with its source, so the copies' bound limits the bodies too, and this one must not be the tighter.
     */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    private final JsonMapper json;
    private final Cache<Object, EncodedBody<?>> bySource = Caffeine.newBuilder()
            .weakKeys() // identity, and gone with the value
            .maximumWeight(MAX_BYTES)
            .weigher((Object source, EncodedBody<?> body) -> body.json().length)
            .executor(Runnable::run) // evicts on the caller's thread: the bound holds at once
            .build();

    public EncodedBodies(JsonMapper json) {
        this.json = json;
    }

    /** The body {@code response} makes of {@code source}, encoded only if this instance of it has none of that shape yet. */
    public <S, R> EncodedBody<R> of(S source, Object shape, Function<? super S, R> response) {
        @SuppressWarnings("unchecked") // a body is stored under its source with its shape, and the shape names its type
        EncodedBody<R> known = (EncodedBody<R>) bySource.getIfPresent(source);
        if (known != null && known.shape().equals(shape)) {
            return known;
        }
        EncodedBody<R> encoded = encode(shape, response.apply(source));
        bySource.put(source, encoded);
        return encoded;
    }

    /** A body for this request only (made of nothing a cache hands out again): encoded, not kept. */
    public <R> EncodedBody<R> encode(R response) {
        return encode(response.getClass(), response);
    }

    private <R> EncodedBody<R> encode(Object shape, R response) {
        return new EncodedBody<>(shape, response, json.writeValueAsBytes(response));
    }
}
