package io.fastjpa;

/**
 * The {@code meta} object of a {@link Page}, written as
 * {@code {"offset":10,"total_items":12,"total_pages":2,"page_number":2}}.
 *
 * <p>{@code total_pages} is {@code ceil(total_items / limit)}, 0 when there are no items; {@code page_number} is
 * {@code floor(offset / limit) + 1}, so an offset that is not a multiple of the limit belongs to the page it starts in.
 *
 * @param offset the number of items skipped, at least 0
 * @param totalItems the number of items of the whole query, at least 0
 * @param totalPages the number of pages of {@code limit} items, at least 0
 * @param pageNumber the 1-based number of this page
 */
public record PageMeta(long offset, long totalItems, long totalPages, long pageNumber) {

    /**
     * Validates the record.
     *
     * @param offset the number of items skipped, at least 0
     * @param totalItems the number of items of the whole query, at least 0
     * @param totalPages the number of pages, at least 0
     * @param pageNumber the 1-based number of this page
     * @throws IllegalArgumentException if a value is out of range
     */
    public PageMeta {
        requireAtLeast("offset", offset, 0);
        requireAtLeast("totalItems", totalItems, 0);
        requireAtLeast("totalPages", totalPages, 0);
        requireAtLeast("pageNumber", pageNumber, 1);
    }

    /**
     * Computes the metadata of a page.
     *
     * @param offset the number of items skipped, at least 0
     * @param limit the page size, at least 1
     * @param totalItems the number of items of the whole query, at least 0
     * @return the metadata
     * @throws IllegalArgumentException if a value is out of range
     */
    public static PageMeta of(long offset, int limit, long totalItems) {
        requireAtLeast("limit", limit, 1);
        long totalPages = totalItems / limit + (totalItems % limit == 0 ? 0 : 1);
        return new PageMeta(offset, totalItems, totalPages, offset / limit + 1);
    }

    private static void requireAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }
}
