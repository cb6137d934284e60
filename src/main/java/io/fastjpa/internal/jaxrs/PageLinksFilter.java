package io.fastjpa.internal.jaxrs;

import io.fastjpa.Page;
import io.fastjpa.PageMeta;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds RFC 8288 {@code Link} headers ({@code first}, {@code prev}, {@code next}, and {@code last} when the total is
 * known) and {@code X-Total-Count} to responses carrying a {@link Page}. Each link is the request's own URI with only
 * {@code offset} and {@code limit} replaced, so filters and sort parameters are kept. Bound only to paginated
 * resource methods, and only when {@code fastjpa.page.headers=true}.
 */
final class PageLinksFilter implements ContainerResponseFilter {

    /** Header carrying the total number of items. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final PageBounds bounds;

    PageLinksFilter(PageBounds bounds) {
        this.bounds = bounds;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page)) {
            return;
        }
        int limit = bounds.parseLimit(request.getUriInfo().getQueryParameters().getFirst("limit"));
        PageMeta meta = page.meta();
        long offset = meta.offset();
        List<String> links = new ArrayList<>(4);
        links.add(link(request, 0, limit, "first"));
        if (offset > 0) {
            links.add(link(request, Math.max(0, offset - limit), limit, "prev"));
        }
        boolean hasNext = meta.counted() ? offset + limit < meta.totalItems() : meta.hasNext();
        if (hasNext) {
            links.add(link(request, offset + limit, limit, "next"));
        }
        if (meta.counted()) {
            long last = meta.totalItems() == 0 ? 0 : (meta.totalItems() - 1) / limit * limit;
            links.add(link(request, last, limit, "last"));
            response.getHeaders().putSingle(TOTAL_COUNT, meta.totalItems());
        }
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(ContainerRequestContext request, long offset, int limit, String relation) {
        UriBuilder uri = request.getUriInfo()
                .getRequestUriBuilder()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit);
        return "<" + uri.build() + ">; rel=\"" + relation + "\"";
    }
}
