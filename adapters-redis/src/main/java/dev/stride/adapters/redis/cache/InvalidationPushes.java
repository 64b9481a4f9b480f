package dev.stride.adapters.redis.cache;

import io.lettuce.core.api.push.PushListener;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.codec.StringCodec;

import java.util.List;

/**
 * Turns Redis's client-side-caching pushes ({@code invalidate} with the changed keys) into what this
 * instance must forget: a namespace whose generation key changed, expired or was evicted; everything
 * when an epoch key did, or when Redis flushed its data (a push without keys).
 */
final class InvalidationPushes implements PushListener {

    private final CacheKeys keys;
    private final KnownGenerations known;

    InvalidationPushes(CacheKeys keys, KnownGenerations known) {
        this.keys = keys;
        this.known = known;
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
            String changed = String.valueOf(key);
            String namespace = keys.namespaceOf(changed);
            if (namespace != null) {
                known.forget(namespace);
            } else if (changed.startsWith(keys.epochs())) {
                known.forgetAll(); // rare: an epoch bump, or an epoch key evicted
            }
        }
    }
}
