package io.fastjpa.stack;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Turns {@link ToleratedException} into a successful response. */
public class ToleratedMapper implements ExceptionMapper<ToleratedException> {

    @Override
    public Response toResponse(ToleratedException exception) {
        return Response.ok("mapped").build();
    }
}
