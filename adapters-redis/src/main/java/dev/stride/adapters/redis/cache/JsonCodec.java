package dev.stride.adapters.redis.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.shared.Page;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * JSON for cached values: readable with redis-cli, tolerant of added fields, and compact enough
 * (an activity is a few hundred bytes). An entry that no longer decodes (a shape changed between
 * releases) reads as a miss and is simply replaced.
 *
 * <p>A {@code Class} says all that decoding needs, except for the one generic value the core caches:
 * a {@link Page}, whose items are activities (the application's list cache).
 */
final class JsonCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // records only: derived "isX()" getters (Activity.isDeleted) would just waste bytes
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();
    private final Map<Class<?>, JavaType> generic =
            Map.of(Page.class, mapper.getTypeFactory().constructParametricType(Page.class, Activity.class));

    String encode(Object value) {
        return mapper.writeValueAsString(value);
    }

    /** The value, or null when the stored JSON does not fit the type. */
    <T> T decode(String json, Class<T> type) {
        try {
            return type.cast(mapper.readValue(json, generic.getOrDefault(type, mapper.constructType(type))));
        } catch (JacksonException e) {
            return null;
        }
    }
}
