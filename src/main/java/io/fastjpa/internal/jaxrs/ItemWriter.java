package io.fastjpa.internal.jaxrs;

import io.fastjpa.Item;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/** Writes {@link Item}: {@code {"data":{...}}}. */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class ItemWriter extends EnvelopeWriter<Item<?>> {

    /** Creates the writer. */
    public ItemWriter() {
        super(Item.class);
    }

    @Override
    Type dataType(Type elementType) {
        return elementType;
    }

    @Override
    Object data(Item<?> item) {
        return item.data();
    }

    @Override
    String tail(Item<?> item) {
        return "}";
    }
}
