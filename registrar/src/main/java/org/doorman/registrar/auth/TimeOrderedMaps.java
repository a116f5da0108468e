package org.doorman.registrar.auth;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Bounding and expiring maps kept in time order (a LinkedHashMap in insertion order, re-inserted on update), so
 * the oldest entries sit at the head and both jobs cost O(entries removed). Callers hold their own lock.
 */
final class TimeOrderedMaps {

    private TimeOrderedMaps() {
    }

    /** Removes head entries while they are expired; stops at the first live one. */
    static <V> void dropExpiredHead(Map<?, V> map, Predicate<V> expired) {
        Iterator<V> it = map.values().iterator();
        while (it.hasNext() && expired.test(it.next())) {
            it.remove();
        }
    }

    /** Removes head entries until there is room for one more below capacity, telling onEvict about each. */
    static <V> void makeRoom(Map<?, V> map, int capacity, Consumer<V> onEvict) {
        Iterator<V> it = map.values().iterator();
        while (map.size() >= capacity) {
            onEvict.accept(it.next());
            it.remove();
        }
    }
}
