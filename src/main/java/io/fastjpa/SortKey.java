package io.fastjpa;

import java.util.Objects;

/**
 * One key of a requested sort order, as allowed by {@link Sortable}.
 *
 * @param name the key's name in the request, for example {@code secret_identity}; never null
 * @param path the attribute path of the root entity it sorts by, for example {@code secretIdentity}; never null
 * @param descending whether the order is descending ({@code -name} in the request)
 */
public record SortKey(String name, String path, boolean descending) {

    /**
     * Validates the record.
     *
     * @param name the key's name in the request
     * @param path the attribute path it sorts by
     * @param descending whether the order is descending
     * @throws NullPointerException if {@code name} or {@code path} is null
     */
    public SortKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }

    /** @return {@code true} unless descending */
    public boolean ascending() {
        return !descending;
    }
}
