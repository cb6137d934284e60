package io.fastjpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a query's results with its metadata, written exactly as FastSQLA's {@code Page}:
 *
 * <pre>{@code
 * {"data":[...],"meta":{"offset":10,"total_items":12,"total_pages":2,"page_number":2}}
 * }</pre>
 *
 * <p>Obtained from {@link Paginator}; returned from a resource method as is. {@code data} is written by the
 * application's JSON provider.
 *
 * @param data the items of this page, never null; copied, so the record is immutable; an item may be null (the projection of a nullable column)
 * @param meta the page's metadata, never null
 * @param <T> the type of the items
 */
public record Page<T>(List<T> data, PageMeta meta) {

    /**
     * Validates and copies the record's components.
     *
     * @param data the items of this page, never null
     * @param meta the page's metadata, never null
     * @throws NullPointerException if {@code data} or {@code meta} is null
     */
    public Page {
        data = Collections.unmodifiableList(new ArrayList<>(data));
        Objects.requireNonNull(meta, "meta");
    }

    /**
     * Creates a page.
     *
     * @param data the items, never null
     * @param offset the number of items skipped, at least 0
     * @param limit the page size, at least 1
     * @param totalItems the number of items of the whole query, at least 0
     * @param <T> the type of the items
     * @return the page
     */
    public static <T> Page<T> of(List<T> data, long offset, int limit, long totalItems) {
        return new Page<>(data, PageMeta.of(offset, limit, totalItems));
    }

    /**
     * Creates a page that was not counted ({@link TotalMode#NONE}).
     *
     * @param data the items, never null
     * @param offset the number of items skipped, at least 0
     * @param limit the page size, at least 1
     * @param hasNext whether a next page exists
     * @param <T> the type of the items
     * @return the page
     */
    public static <T> Page<T> uncounted(List<T> data, long offset, int limit, boolean hasNext) {
        return new Page<>(data, PageMeta.uncounted(offset, limit, hasNext));
    }

    /**
     * Maps the items of this page, keeping its metadata; for example from entities to DTOs.
     *
     * @param mapper the function applied to each item; it may return null
     * @param <R> the type of the mapped items
     * @return a new page
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(data.stream().<R>map(mapper).toList(), meta);
    }
}
