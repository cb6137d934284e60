package io.fastjpa;

import io.fastjpa.internal.jaxrs.PageBounds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;

/**
 * The {@code offset} and {@code limit} query parameters of a paginated resource method, taken as a
 * {@code @BeanParam}:
 *
 * <pre>{@code
 * @GET
 * public Page<Hero> list(@BeanParam PageRequest page) {
 *     return paginator.page("select h from Hero h order by h.id", Hero.class, page);
 * }
 * }</pre>
 *
 * <p>With {@link Sortable} on the method, {@code sort=name,-age} orders the page; {@code total=none} skips the count
 * (see {@link TotalMode}).
 *
 * <p>{@code offset} defaults to 0 and must be a whole number from 0 up to {@code 2^31 - 1 - max}; {@code limit} defaults
 * to 10 and must be between 1 and the maximum, 100, both changed by {@link PageSize} or by the settings
 * {@code fastjpa.page.default-size} and {@code fastjpa.page.max-size}. An invalid value is answered with a
 * {@code 400 application/problem+json} that names the parameter, the value and the allowed range, before the resource
 * method runs.
 *
 * <p>Instances made by the Jakarta REST runtime live for one request and are read through their methods (under CDI the
 * parameter may be a client proxy); {@link #of(long, int)} makes one for use outside requests. Not thread-safe.
 */
@RequestScoped
public class PageRequest {

    // The query parameters are read from UriInfo when first asked for, not injected one field each: field injection
    // of a request-scoped bean resolves every parameter again per request (jersey-cdi2-se), costing more than the
    // page's own query.
    @Context
    private UriInfo uriInfo;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private Configuration configuration;

    private boolean parsed;
    private long parsedOffset;
    private int parsedLimit;
    private TotalMode parsedTotal = TotalMode.EXACT;
    private List<SortKey> parsedSort = List.of();

    /** Creates an empty request whose parameters the Jakarta REST runtime injects. */
    public PageRequest() {}

    /**
     * Creates a request for use outside Jakarta REST, for example in a background job or a test.
     *
     * @param offset the number of items to skip, at least 0
     * @param limit the page size, at least 1
     * @return the request
     * @throws IllegalArgumentException if a value is out of range
     */
    public static PageRequest of(long offset, int limit) {
        return of(offset, limit, TotalMode.EXACT, List.of());
    }

    /**
     * Creates a request with a total mode and a sort order, for use outside Jakarta REST.
     *
     * @param offset the number of items to skip, at least 0
     * @param limit the page size, at least 1
     * @param total whether to count the whole query, not null
     * @param sort the order, attribute paths of the root entity; empty for the query's own order
     * @return the request
     * @throws IllegalArgumentException if a value is out of range
     */
    public static PageRequest of(long offset, int limit, TotalMode total, List<SortKey> sort) {
        if (offset < 0 || offset > Integer.MAX_VALUE - (long) limit) {
            throw new IllegalArgumentException("offset must be between 0 and " + (Integer.MAX_VALUE - (long) limit));
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        PageRequest request = new PageRequest();
        request.parsedOffset = offset;
        request.parsedLimit = limit;
        request.parsedTotal = Objects.requireNonNull(total, "total");
        request.parsedSort = List.copyOf(sort);
        request.parsed = true;
        return request;
    }

    /**
     * The number of items to skip.
     *
     * @return the offset, at least 0
     * @throws jakarta.ws.rs.BadRequestException if the query parameter is invalid
     */
    public long offset() {
        parse();
        return parsedOffset;
    }

    /**
     * The maximum number of items of the page.
     *
     * @return the limit, between 1 and the maximum in force
     * @throws jakarta.ws.rs.BadRequestException if the query parameter is invalid
     */
    public int limit() {
        parse();
        return parsedLimit;
    }

    /**
     * Whether the page counts the whole query: the endpoint's {@link PageSize#total()}, or {@code total=none}.
     *
     * @return the total mode
     * @throws jakarta.ws.rs.BadRequestException if the query parameter is invalid
     */
    public TotalMode total() {
        parse();
        return parsedTotal;
    }

    /**
     * The requested order: the {@code sort} keys allowed by {@link Sortable}, followed by its tie-breaker. The
     * {@link Paginator} applies it to JPQL and criteria queries; with a query of your own, apply it yourself.
     *
     * @return the sort keys, empty when the request asked for none
     * @throws jakarta.ws.rs.BadRequestException if the query parameter is invalid
     */
    public List<SortKey> sort() {
        parse();
        return parsedSort;
    }

    private void parse() {
        if (parsed) {
            return;
        }
        PageBounds bounds = PageBounds.of(resourceInfo, configuration);
        MultivaluedMap<String, String> query = query();
        parsedLimit = bounds.parseLimit(query.getFirst("limit"));
        parsedOffset = bounds.parseOffset(query.getFirst("offset"));
        parsedTotal = bounds.parseTotal(query.getFirst("total"));
        parsedSort = bounds.parseSort(query.getOrDefault("sort", List.of()));
        parsed = true;
    }

    private MultivaluedMap<String, String> query() {
        return uriInfo == null ? new MultivaluedHashMap<>() : uriInfo.getQueryParameters();
    }

    @Override
    public String toString() {
        if (!parsed) {
            MultivaluedMap<String, String> query = query();
            return "PageRequest[offset=" + query.getFirst("offset") + ", limit=" + query.getFirst("limit") + ", total="
                    + query.getFirst("total") + ", sort=" + query.getOrDefault("sort", List.of()) + "]";
        }
        return "PageRequest[offset=" + parsedOffset + ", limit=" + parsedLimit + ", total=" + parsedTotal + ", sort="
                + parsedSort + "]";
    }
}
