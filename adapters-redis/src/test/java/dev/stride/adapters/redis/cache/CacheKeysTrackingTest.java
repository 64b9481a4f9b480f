package dev.stride.adapters.redis.cache;

import dev.stride.adapters.redis.tracking.KnownValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a change of one of the cache's tracked keys makes an instance forget: no Redis needed. */
class CacheKeysTrackingTest {

    private final CacheKeys keys = new CacheKeys("p:");
    private final KnownValues known = new KnownValues();

    @BeforeEach
    void learn() {
        learn("u:1", "e.g1");
        learn("u:2", "e.g2");
    }

    @Test
    void aChangedGenerationKeyForgetsThatNamespaceOnly() {
        keys.changed(keys.generation("u:1"), known);

        assertThat(known.current("u:1")).isNull();
        assertThat(known.current("u:2")).isEqualTo("e.g2");
    }

    @Test
    void aChangedEpochKeyForgetsEveryNamespace() {
        keys.changed(keys.epoch("u:7"), known);

        assertThat(known.current("u:1")).isNull();
        assertThat(known.current("u:2")).isNull();
    }

    @Test
    void otherKeysChangeNothing() {
        keys.changed("p:s:something-else", known);
        keys.changed("p:c:g:no-tag", known);

        assertThat(known.current("u:1")).isEqualTo("e.g1");
    }

    private void learn(String namespace, String generation) {
        known.answered(known.reading(namespace, 0), generation);
    }
}
