package dev.stride.adapters.redis.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for cached values: readable with redis-cli, tolerant of added fields, and compact enough
 * (an activity is a few hundred bytes). An entry that no longer decodes (a shape changed between
 * releases) reads as a miss and is simply replaced.
 */
final class JsonCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // records only: derived "isX()" getters (Activity.isDeleted) would just waste bytes
            .changeDefaultVisibility(visibility -> visibility.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
            .build();

    String encode(Object value) {
        return mapper.writeValueAsString(value);
    }

    /** The value, or null when the stored JSON does not fit the type. */
    <T> T decode(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            return null;
        }
    }
}
