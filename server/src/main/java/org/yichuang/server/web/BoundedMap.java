package org.yichuang.server.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that forgets its least recently used entry beyond {@code capacity}: flood state (sign-in, kiosk) keyed by what
 * strangers send must not grow without bound. Not thread-safe; owners synchronise.
 */
public final class BoundedMap<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    /** Keeps at most {@code capacity} entries. */
    public BoundedMap(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
