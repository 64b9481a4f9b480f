package dev.stride.adapters.redis.cache;

import io.lettuce.core.cluster.SlotHash;

/**
 * For each of Redis Cluster's 16,384 hash slots, a short hash tag that falls in it: the first base-36
 * number whose CRC16 lands there. Every instance computes the same table (a few milliseconds, once),
 * so a key tagged with {@code tagOf(slot)} lives next to every other key of that slot.
 */
final class SlotTags {

    private static final String[] TAGS = compute();

    private SlotTags() {
    }

    static String tagOf(int slot) {
        return TAGS[slot];
    }

    private static String[] compute() {
        String[] tags = new String[SlotHash.SLOT_COUNT];
        int found = 0;
        for (long candidate = 0; found < tags.length; candidate++) {
            String tag = Long.toString(candidate, Character.MAX_RADIX);
            int slot = SlotHash.getSlot(tag);
            if (tags[slot] == null) {
                tags[slot] = tag;
                found++;
            }
        }
        return tags;
    }
}
