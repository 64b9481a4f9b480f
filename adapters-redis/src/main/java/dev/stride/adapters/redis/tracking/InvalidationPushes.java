package dev.stride.adapters.redis.tracking;

import io.lettuce.core.api.push.PushListener;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;

import java.util.List;

/**
 * Turns Redis's client-side-caching pushes ({@code invalidate} with the changed keys) into what this
 * instance must forget: what each changed, expired or evicted key means is the {@link KeyChanges}'
 * to say; everything is forgotten when Redis flushed its data (a push without keys).
 */
final class InvalidationPushes implements PushListener {

    private final KnownValues known;
    private final KeyChanges changes;

    InvalidationPushes(KnownValues known, KeyChanges changes) {
        this.known = known;
        this.changes = changes;
    }

    @Override
    public void onPushMessage(PushMessage message) {
        if (!"invalidate".equals(message.getType())) {
            return;
        }
        List<Object> content = message.getContent(StringCodec.UTF8::decodeKey);
        if (content.size() < 2 || !(content.get(1) instanceof List<?> changedKeys)) {
            known.forgetAll(); // FLUSHALL / FLUSHDB: everything is gone
            return;
        }
        for (Object key : changedKeys) {
            changes.changed(String.valueOf(key), known);
        }
    }
}
