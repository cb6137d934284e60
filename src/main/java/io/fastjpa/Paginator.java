package io.fastjpa;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import java.util.List;
import java.util.Map;

/**
 * Runs a query for one page of results and counts the rows of the whole query.
 *
 * <p>Inject it where the {@code EntityManager} is injected; it works on the current request's (or unit of work's)
 * {@code EntityManager} of the same database ({@code @Inject @Database("name") Paginator} for another one).
 *
 * <pre>{@code
 * @Inject Paginator paginator;
 *
 * @GET
 * public Page<Hero> list(@BeanParam PageRequest page) {
 *     return paginator.page("select h from Hero h order by h.id", Hero.class, page);
 * }
 * }</pre>
 *
 * <p>The total counts exactly the rows the page query returns: joins, {@code DISTINCT} and parameters included, the
 * {@code ORDER BY} left out of the count. The count query is skipped when the page itself shows the total (a page with
 * fewer rows than the limit). Map the items of the returned page with {@link Page#map} for DTOs. Thread-safe.
 */
public interface Paginator {

    /**
     * Pages a JPQL query without parameters.
     *
     * @param jpql the query, a {@code SELECT} statement; never null
     * @param resultType the type of its rows
     * @param request the page to fetch
     * @param <T> the type of the rows
     * @return the page
     * @throws IllegalArgumentException if the query is not a valid {@code SELECT}
     */
    <T> Page<T> page(String jpql, Class<T> resultType, PageRequest request);

    /**
     * Pages a JPQL query with named parameters.
     *
     * @param jpql the query, a {@code SELECT} statement; never null
     * @param resultType the type of its rows
     * @param parameters values of the query's named parameters, by name without the colon
     * @param request the page to fetch
     * @param <T> the type of the rows
     * @return the page
     * @throws IllegalArgumentException if the query is not a valid {@code SELECT}
     */
    <T> Page<T> page(String jpql, Class<T> resultType, Map<String, ?> parameters, PageRequest request);

    /**
     * Pages a JPQL query with positional parameters ({@code ?1}, {@code ?2}, ...).
     *
     * @param jpql the query, a {@code SELECT} statement; never null
     * @param resultType the type of its rows
     * @param parameters values of the positional parameters, the first one for {@code ?1}
     * @param request the page to fetch
     * @param <T> the type of the rows
     * @return the page
     * @throws IllegalArgumentException if the query is not a valid {@code SELECT}
     */
    <T> Page<T> page(String jpql, Class<T> resultType, List<?> parameters, PageRequest request);

    /**
     * Pages a criteria query. The count is derived from the same query object: its selection and order are replaced
     * while the count query is created and restored afterwards.
     *
     * @param query the query, never null
     * @param request the page to fetch
     * @param <T> the type of the rows
     * @return the page
     */
    <T> Page<T> page(CriteriaQuery<T> query, PageRequest request);

    /**
     * Pages a query with a count query written by the caller, for shapes no count can be derived from. The
     * request's {@link PageRequest#sort()} is not applied here: order the query by it when you build it.
     *
     * @param query the page query; its first result and max results are set by this method
     * @param countQuery a query returning the number of rows of {@code query}
     * @param request the page to fetch
     * @param <T> the type of the rows
     * @return the page
     */
    <T> Page<T> page(TypedQuery<T> query, TypedQuery<Long> countQuery, PageRequest request);
}
