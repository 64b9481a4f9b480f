package dev.stride.adapters.redis.cache;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One of the cache's Lua scripts, read once: sent by its SHA-1 (EVALSHA), and in full only when the
 * server does not know it yet (after a restart, or on a cluster node it never ran on).
 */
final class CacheScript {

    private final String text;
    private final String sha;
    private final ScriptOutputType output;

    private CacheScript(String text, ScriptOutputType output) {
        this.text = text;
        this.sha = sha1(text);
        this.output = output;
    }

    /** The files joined in order: a script may start with a file of shared functions (Lua scripts cannot include one). */
    static CacheScript fromClasspath(ScriptOutputType output, String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            String path = "dev/stride/adapters/redis/cache/" + name;
            try {
                text.append(new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("Lua script " + path + " is missing from the classpath", e);
            }
        }
        return new CacheScript(text.toString(), output);
    }

    /** Keys first (they route the call to its node on a cluster), then the arguments. */
    <T> T run(RedisClusterCommands<String, String> redis, String[] keys, String... args) {
        try {
            return redis.evalsha(sha, output, keys, args);
        } catch (RedisNoScriptException unknown) {
            return redis.eval(text, output, keys, args);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
