package org.doorman.registrar.location;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares one String instance among equal values (most devices of a building send the same
 * User-Agent), so thousands of bindings do not each hold a copy. Bounded: past the limit new values
 * are simply not shared.
 */
final class ValueCache {
    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();
    private final int limit;

    ValueCache(int limit) {
        this.limit = limit;
    }

    String shared(String value) {
        String known = values.get(value);
        if (known != null) {
            return known;
        }
        if (values.size() < limit) {
            known = values.putIfAbsent(value, value);
            return known == null ? value : known;
        }
        return value;
    }
}
