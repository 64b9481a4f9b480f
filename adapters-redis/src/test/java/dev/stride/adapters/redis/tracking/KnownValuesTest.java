package dev.stride.adapters.redis.tracking;

import io.lettuce.core.api.push.PushMessage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** What an instance knows of tracked keys, and how Redis's pushes change it: no Redis needed. */
class KnownValuesTest {

    private final KnownValues known = new KnownValues();
    /** A layout where each key stands for itself, and a key under "all:" for everything. */
    private final InvalidationPushes pushes = new InvalidationPushes(known, (key, values) -> {
        if (key.startsWith("all:")) {
            values.forgetAll();
        } else {
            values.forget(key);
        }
    });

    @Test
    void anAnsweredReadTeachesTheValue() {
        known.answered(known.reading("k:1", 0), "v1");

        assertThat(known.current("k:1")).isEqualTo("v1");
        assertThat(known.current("k:2")).isNull();
    }

    @Test
    void aValueReadBeforeAnInvalidationArrivedIsNotLearned() {
        KnownValues.Read read = known.reading("k:1", 0);

        pushes.onPushMessage(invalidation(List.of("k:1")));
        known.answered(read, "old");

        assertThat(known.current("k:1")).isNull();
    }

    @Test
    void aReadThatNeverGotAnAnswerDoesNotKeepItsKeyUnknown() {
        known.reading("k:1", 0); // sent, then timed out

        known.answered(known.reading("k:1", 1), "v1");

        assertThat(known.current("k:1")).isEqualTo("v1");
    }

    @Test
    void aPushForAKeyForgetsWhatItsLayoutSaysOnly() {
        known.answered(known.reading("k:1", 0), "v1");
        known.answered(known.reading("k:2", 0), "v2");

        pushes.onPushMessage(invalidation(List.of("k:1")));

        assertThat(known.current("k:1")).isNull();
        assertThat(known.current("k:2")).isEqualTo("v2");

        pushes.onPushMessage(invalidation(List.of("all:x")));
        assertThat(known.current("k:2")).isNull();
    }

    @Test
    void aFlushForgetsEverything() {
        known.answered(known.reading("k:1", 0), "v1");

        pushes.onPushMessage(invalidation(null)); // FLUSHALL

        assertThat(known.current("k:1")).isNull();
    }

    @Test
    void aFullInstanceForgetsEverythingRatherThanGrow() {
        KnownValues bounded = new KnownValues(2);
        bounded.answered(bounded.reading("k:1", 0), "v1");
        bounded.answered(bounded.reading("k:2", 0), "v2");

        bounded.answered(bounded.reading("k:3", 0), "v3");

        assertThat(bounded.current("k:1")).isNull();
        assertThat(bounded.current("k:2")).isNull();
        assertThat(bounded.current("k:3")).isEqualTo("v3");
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
