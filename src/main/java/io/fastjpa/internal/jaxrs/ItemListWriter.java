package io.fastjpa.internal.jaxrs;

import io.fastjpa.ItemList;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/** Writes {@link ItemList}: {@code {"data":[...]}}. */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class ItemListWriter extends EnvelopeWriter<ItemList<?>> {

    /** Creates the writer. */
    public ItemListWriter() {
        super(ItemList.class);
    }

    @Override
    Type dataType(Type elementType) {
        return listOf(elementType);
    }

    @Override
    Object data(ItemList<?> list) {
        return list.data();
    }

    @Override
    String tail(ItemList<?> list) {
        return "}";
    }
}
