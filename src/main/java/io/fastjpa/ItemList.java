package io.fastjpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of objects wrapped for a JSON response, without paging metadata: {@code {"data": [...]}}.
 *
 * @param data the objects, never null; copied, so the record is immutable; an element may be null
 * @param <T> the type of the objects
 */
public record ItemList<T>(List<T> data) {

    /**
     * Validates and copies the list.
     *
     * @param data the objects, never null
     * @throws NullPointerException if {@code data} is null
     */
    public ItemList {
        data = Collections.unmodifiableList(new ArrayList<>(data));
    }

    /**
     * Wraps a list.
     *
     * @param data the objects, never null
     * @param <T> the type of the objects
     * @return the item list
     */
    public static <T> ItemList<T> of(List<T> data) {
        return new ItemList<>(data);
    }
}
