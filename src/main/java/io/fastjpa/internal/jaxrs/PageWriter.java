package io.fastjpa.internal.jaxrs;

import io.fastjpa.Page;
import io.fastjpa.PageMeta;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/** Writes {@link Page}: {@code {"data":[...],"meta":{"offset":..,"total_items":..,"total_pages":..,"page_number":..}}}. */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class PageWriter extends EnvelopeWriter<Page<?>> {

    /** Creates the writer. */
    public PageWriter() {
        super(Page.class);
    }

    @Override
    Type dataType(Type elementType) {
        return listOf(elementType);
    }

    @Override
    Object data(Page<?> page) {
        return page.data();
    }

    @Override
    String tail(Page<?> page) {
        PageMeta meta = page.meta();
        String tail = ",\"meta\":{\"offset\":" + meta.offset() + ",\"total_items\":" + meta.totalItems()
                + ",\"total_pages\":" + meta.totalPages() + ",\"page_number\":" + meta.pageNumber();
        return meta.counted() ? tail + "}}" : tail + ",\"has_next\":" + meta.hasNext() + "}}";
    }
}
