package dev.stride.adapters.redis.cache;

import io.lettuce.core.api.push.PushMessage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** What an instance knows of generations, and how Redis's pushes change it: no Redis needed. */
class KnownGenerationsTest {

    private final CacheKeys keys = new CacheKeys("p:");
    private final KnownGenerations known = new KnownGenerations();
    private final InvalidationPushes pushes = new InvalidationPushes(keys, known);

    @Test
    void anAnsweredReadTeachesTheGeneration() {
        known.answered(known.reading("u:1", 0), "e.g1");

        assertThat(known.current("u:1")).isEqualTo("e.g1");
        assertThat(known.current("u:2")).isNull();
    }

    @Test
    void aGenerationReadBeforeAnInvalidationArrivedIsNotLearned() {
        KnownGenerations.Read read = known.reading("u:1", 0);

        pushes.onPushMessage(invalidation(List.of(keys.generation("u:1"))));
        known.answered(read, "e.old");

        assertThat(known.current("u:1")).isNull();
    }

    @Test
    void aReadThatNeverGotAnAnswerDoesNotKeepItsNamespaceUnknown() {
        known.reading("u:1", 0); // sent, then timed out

        known.answered(known.reading("u:1", 1), "e.g1");

        assertThat(known.current("u:1")).isEqualTo("e.g1");
    }

    @Test
    void aPushForAGenerationKeyForgetsThatNamespaceOnly() {
        known.answered(known.reading("u:1", 0), "e.g1");
        known.answered(known.reading("u:2", 0), "e.g2");

        pushes.onPushMessage(invalidation(List.of(keys.generation("u:1"))));

        assertThat(known.current("u:1")).isNull();
        assertThat(known.current("u:2")).isEqualTo("e.g2");
    }

    @Test
    void aPushForAnEpochKeyOrAFlushForgetsEverything() {
        known.answered(known.reading("u:1", 0), "e.g1");
        pushes.onPushMessage(invalidation(List.of(keys.epoch("u:7"))));
        assertThat(known.current("u:1")).isNull();

        known.answered(known.reading("u:1", 0), "e.g1");
        pushes.onPushMessage(invalidation(null)); // FLUSHALL
        assertThat(known.current("u:1")).isNull();
    }

    @Test
    void otherPushesAndOtherKeysChangeNothing() {
        known.answered(known.reading("u:1", 0), "e.g1");

        pushes.onPushMessage(invalidation(List.of("p:s:something-else")));

        assertThat(known.current("u:1")).isEqualTo("e.g1");
    }

    /** An {@code invalidate} push; {@code changedKeys} null as after FLUSHALL. */
    static PushMessage invalidation(List<String> changedKeys) {
        return new PushMessage() {
            @Override
            public String getType() {
                return "invalidate";
            }

            @Override
            public List<Object> getContent() {
                return getContent(buffer -> buffer);
            }

            @Override
            public List<Object> getContent(Function<ByteBuffer, Object> decode) {
                Object type = decode.apply(StandardCharsets.UTF_8.encode("invalidate"));
                if (changedKeys == null) {
                    return java.util.Arrays.asList(type, null);
                }
                return List.of(type, changedKeys.stream().map(key -> decode.apply(StandardCharsets.UTF_8.encode(key))).toList());
            }
        };
    }
}
