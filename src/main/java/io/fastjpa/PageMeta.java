package io.fastjpa;

/**
 * The {@code meta} object of a {@link Page}, written as
 * {@code {"offset":10,"total_items":12,"total_pages":2,"page_number":2}}.
 *
 * <p>{@code total_pages} is {@code ceil(total_items / limit)}, 0 when there are no items; {@code page_number} is
 * {@code floor(offset / limit) + 1}, so an offset that is not a multiple of the limit belongs to the page it starts in.
 * A page that was not counted ({@link TotalMode#NONE}) has null totals and a {@code hasNext}, written
 * {@code {"offset":0,"total_items":null,"total_pages":null,"page_number":1,"has_next":true}}.
 *
 * @param offset the number of items skipped, at least 0
 * @param totalItems the number of items of the whole query, at least 0; null when not counted
 * @param totalPages the number of pages of {@code limit} items, at least 0; null when not counted
 * @param pageNumber the 1-based number of this page
 * @param hasNext whether a next page exists; null when counted (the totals tell), never null otherwise
 */
public record PageMeta(long offset, Long totalItems, Long totalPages, long pageNumber, Boolean hasNext) {

    /**
     * Validates the record.
     *
     * @param offset the number of items skipped, at least 0
     * @param totalItems the number of items of the whole query, at least 0, or null
     * @param totalPages the number of pages, at least 0, or null
     * @param pageNumber the 1-based number of this page
     * @param hasNext whether a next page exists, or null
     * @throws IllegalArgumentException if a value is out of range, or the totals and {@code hasNext} are not exactly
     *     one of: both totals set and {@code hasNext} null, or both totals null and {@code hasNext} set
     */
    public PageMeta {
        requireAtLeast("offset", offset, 0);
        requireAtLeast("pageNumber", pageNumber, 1);
        boolean counted = totalItems != null && totalPages != null && hasNext == null;
        boolean uncounted = totalItems == null && totalPages == null && hasNext != null;
        if (!counted && !uncounted) {
            throw new IllegalArgumentException(
                    "a page has either both totals and no hasNext, or no totals and a hasNext");
        }
        if (counted) {
            requireAtLeast("totalItems", totalItems, 0);
            requireAtLeast("totalPages", totalPages, 0);
        }
    }

    /**
     * Creates counted metadata.
     *
     * @param offset the number of items skipped, at least 0
     * @param totalItems the number of items of the whole query, at least 0
     * @param totalPages the number of pages, at least 0
     * @param pageNumber the 1-based number of this page
     */
    public PageMeta(long offset, long totalItems, long totalPages, long pageNumber) {
        this(offset, Long.valueOf(totalItems), Long.valueOf(totalPages), pageNumber, null);
    }

    /**
     * Computes the metadata of a counted page.
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
        return new PageMeta(offset, totalItems, totalPages, pageNumber(offset, limit));
    }

    /**
     * Computes the metadata of a page that was not counted.
     *
     * @param offset the number of items skipped, at least 0
     * @param limit the page size, at least 1
     * @param hasNext whether a next page exists
     * @return the metadata
     * @throws IllegalArgumentException if a value is out of range
     */
    public static PageMeta uncounted(long offset, int limit, boolean hasNext) {
        requireAtLeast("limit", limit, 1);
        return new PageMeta(offset, null, null, pageNumber(offset, limit), hasNext);
    }

    /** @return whether the totals are known */
    public boolean counted() {
        return totalItems != null;
    }

    private static long pageNumber(long offset, int limit) {
        return offset / limit + 1;
    }

    private static void requireAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }
}
