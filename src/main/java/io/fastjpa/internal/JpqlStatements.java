package io.fastjpa.internal;

import io.fastjpa.SortKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page and count statements derived from an application's JPQL, kept per distinct statement and order. Deriving
 * them tokenizes the statement, which cost more per request than the rest of the paging code together; the result
 * depends on the statement and order only, so it is derived once. Reusing the very same count string also lets the
 * provider's parsed-query cache and the driver's server-side prepared statement (PostgreSQL prepares a statement
 * after a few executions on a connection) serve every request. Thread-safe; one instance per application.
 */
final class JpqlStatements {

    // Applications page a handful of fixed statements. One that builds its JPQL per request (values concatenated into
    // it) would grow the cache without end: past this size statements are derived each time, never stored.
    static final int MAX_ENTRIES = 512;

    private record Ordered(String jpql, List<SortKey> keys) {}

    private final Map<String, Optional<String>> counts = new ConcurrentHashMap<>();
    private final Map<Ordered, String> ordered = new ConcurrentHashMap<>();

    /**
     * @param jpql a {@code SELECT} statement
     * @return {@link JpqlCount#derive} of it
     * @throws IllegalArgumentException as {@link JpqlCount#derive} does; nothing is stored then
     */
    Optional<String> count(String jpql) {
        Optional<String> count = counts.get(jpql);
        if (count == null) {
            count = JpqlCount.derive(jpql);
            store(counts, jpql, count);
        }
        return count;
    }

    /**
     * @param jpql a {@code SELECT} statement
     * @param keys the requested order
     * @return {@link JpqlOrder#apply} of them
     */
    String ordered(String jpql, List<SortKey> keys) {
        if (keys.isEmpty()) {
            return jpql; // nothing to derive
        }
        Ordered key = new Ordered(jpql, List.copyOf(keys));
        String statement = ordered.get(key);
        if (statement == null) {
            statement = JpqlOrder.apply(jpql, keys);
            store(ordered, key, statement);
        }
        return statement;
    }

    /** @return how many derived statements are stored */
    int size() {
        return counts.size() + ordered.size();
    }

    // The bound is approximate under concurrent stores, which is all it needs to be.
    private static <K, V> void store(Map<K, V> cache, K key, V value) {
        if (cache.size() < MAX_ENTRIES) {
            cache.putIfAbsent(key, value);
        }
    }
}
