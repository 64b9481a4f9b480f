package dev.stride.adapters.redis;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Lua scripts shipped on the classpath. */
public final class RedisScripts {

    private RedisScripts() {
    }

    /**
     * The script's text, read once. {@code RedisScript.of(Resource)} would ask the resource whether
     * it changed on every call, which in the packaged jar opens a jar entry per Redis command.
     */
    public static <T> RedisScript<T> fromClasspath(String path, Class<T> resultType) {
        try {
            return RedisScript.of(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8), resultType);
        } catch (IOException e) {
            throw new UncheckedIOException("Lua script " + path + " is missing from the classpath", e);
        }
    }
}
