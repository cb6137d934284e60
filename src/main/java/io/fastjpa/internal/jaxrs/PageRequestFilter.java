package io.fastjpa.internal.jaxrs;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Checks {@code offset}, {@code limit}, {@code total} and {@code sort} before a paginated resource method runs, so an invalid value is answered
 * with 400 without opening a unit of work (and not with the 404 a failed parameter conversion gives).
 */
final class PageRequestFilter implements ContainerRequestFilter {

    private final PageBounds bounds;

    PageRequestFilter(PageBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters();
        try {
            bounds.parseOffset(parameters.getFirst("offset"));
            bounds.parseLimit(parameters.getFirst("limit"));
            bounds.parseTotal(parameters.getFirst("total"));
            bounds.parseSort(parameters.get("sort"));
        } catch (BadRequestException e) {
            request.abortWith(e.getResponse());
        }
    }
}
