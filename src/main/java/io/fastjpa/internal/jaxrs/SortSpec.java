package io.fastjpa.internal.jaxrs;

import io.fastjpa.Sortable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sort keys a resource method allows, from its {@link Sortable}: API name to attribute path, and the tie-breaker.
 * Paths are checked here, once, because they become part of query text.
 *
 * @param keys allowed keys, API name to path, in declaration order
 * @param tieBreaker the unique path appended to every requested order, or empty for none
 */
public record SortSpec(Map<String, String> keys, String tieBreaker) {

    /** Copies the keys. */
    public SortSpec {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /**
     * Reads and checks a {@link Sortable}.
     *
     * @param sortable the annotation
     * @param owner the annotated method or class, for messages
     * @return the specification
     * @throws IllegalArgumentException naming the owner when a key or path is malformed or repeated
     */
    public static SortSpec of(Sortable sortable, String owner) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String entry : sortable.value()) {
            int equals = entry.indexOf('=');
            String name = (equals < 0 ? entry : entry.substring(0, equals)).trim();
            String path = (equals < 0 ? entry : entry.substring(equals + 1)).trim();
            if (name.isEmpty() || name.startsWith("-") || name.contains(",") || !isPath(path)) {
                throw invalid(
                        owner, "key '" + entry + "' is not \"path\" or \"name=path\" with a dotted attribute path");
            }
            if (keys.put(name, path) != null) {
                throw invalid(owner, "key '" + name + "' is listed twice");
            }
        }
        if (keys.isEmpty()) {
            throw invalid(owner, "no key is listed");
        }
        String tieBreaker = sortable.tieBreaker().trim();
        if (!tieBreaker.isEmpty() && !isPath(tieBreaker)) {
            throw invalid(owner, "tieBreaker '" + tieBreaker + "' is not a dotted attribute path");
        }
        return new SortSpec(keys, tieBreaker);
    }

    // Only Java identifiers separated by dots: nothing a request can turn into other query text.
    static boolean isPath(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (String segment : path.split("\\.", -1)) {
            if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.charAt(0))) {
                return false;
            }
            for (int i = 1; i < segment.length(); i++) {
                if (!Character.isJavaIdentifierPart(segment.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String owner, String reason) {
        return new IllegalArgumentException("FASTJPA-031: @Sortable on " + owner + " is not valid: " + reason);
    }
}
