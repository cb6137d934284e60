package io.fastjpa;

import java.util.Objects;

/**
 * One object wrapped for a JSON response: {@code {"data": {...}}}, as FastSQLA's {@code Item}.
 *
 * <p>Written by FastJPA's own message body writer; {@code data} is written by the application's JSON provider
 * (JSON-B or Jackson), with its settings.
 *
 * @param data the object, never null
 * @param <T> the type of the object
 */
public record Item<T>(T data) {

    /**
     * Validates the record.
     *
     * @param data the object, never null
     * @throws NullPointerException if {@code data} is null
     */
    public Item {
        Objects.requireNonNull(data, "data");
    }

    /**
     * Wraps an object.
     *
     * @param data the object, never null
     * @param <T> the type of the object
     * @return the item
     */
    public static <T> Item<T> of(T data) {
        return new Item<>(data);
    }
}
