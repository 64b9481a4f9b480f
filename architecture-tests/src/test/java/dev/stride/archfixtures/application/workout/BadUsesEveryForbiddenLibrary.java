package dev.stride.archfixtures.application.workout;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.bucket4j.Bucket;
import io.lettuce.core.RedisClient;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.ObjectMapper;

/** One field per library the core must not see, so the proof covers every entry of the list. */
public final class BadUsesEveryForbiddenLibrary {

    ApplicationContext spring;
    DSLContext jooq;
    RedisClient lettuce;
    Bucket bucket4j;
    @JsonProperty("jackson2")
    String jackson2;
    ObjectMapper jackson3;
}
