package io.fastjpa;

/**
 * Whether a page counts the rows of the whole query.
 *
 * <p>{@link #EXACT} pages carry {@code total_items} and {@code total_pages}, as FastSQLA's. {@link #NONE} pages run no
 * count query: they fetch one row more than the limit to tell whether a next page exists, and are written
 * {@code "meta":{"offset":0,"total_items":null,"total_pages":null,"page_number":1,"has_next":true}}. An endpoint
 * chooses its mode with {@link PageSize#total()}; a client of an exact endpoint may ask for {@code total=none}.
 */
public enum TotalMode {
    /** Count the rows of the whole query (the default). */
    EXACT,
    /** Do not count: report only whether a next page exists. */
    NONE
}
