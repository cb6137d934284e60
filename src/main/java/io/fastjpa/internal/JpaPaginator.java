package io.fastjpa.internal;

import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import io.fastjpa.internal.provider.ProviderSupport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/** {@link Paginator} on the current session's EntityManager of one database. */
final class JpaPaginator implements Paginator {

    private final EntityManager entityManager;
    private final ProviderSupport support;

    JpaPaginator(EntityManager entityManager, ProviderSupport support) {
        this.entityManager = entityManager;
        this.support = support;
    }

    @Override
    public <T> Page<T> page(String jpql, Class<T> resultType, PageRequest request) {
        return page(jpql, resultType, Map.of(), request);
    }

    @Override
    public <T> Page<T> page(String jpql, Class<T> resultType, Map<String, ?> parameters, PageRequest request) {
        Objects.requireNonNull(jpql, "jpql");
        TypedQuery<T> query = bind(entityManager.createQuery(jpql, resultType), parameters);
        LongSupplier count = JpqlCount.derive(jpql)
                .<LongSupplier>map(countJpql -> () -> bind(entityManager.createQuery(countJpql, Long.class), parameters)
                        .getSingleResult())
                .orElse(() -> countRows(bind(entityManager.createQuery(jpql, resultType), parameters)));
        return fetch(query, count, request);
    }

    @Override
    public <T> Page<T> page(CriteriaQuery<T> query, PageRequest request) {
        Objects.requireNonNull(query, "query");
        TypedQuery<T> pageQuery = entityManager.createQuery(query);
        return fetch(pageQuery, () -> countCriteria(query), request);
    }

    @Override
    public <T> Page<T> page(TypedQuery<T> query, TypedQuery<Long> countQuery, PageRequest request) {
        Objects.requireNonNull(countQuery, "countQuery");
        return fetch(query, countQuery::getSingleResult, request);
    }

    private static <T> Page<T> fetch(TypedQuery<T> query, LongSupplier count, PageRequest request) {
        long offset = request.offset();
        int limit = request.limit();
        List<T> rows = query.setFirstResult((int) offset).setMaxResults(limit).getResultList();
        return Page.of(rows, offset, limit, total(rows.size(), offset, limit, count));
    }

    // A page with some rows but fewer than the limit is the last one: its end is the total, no count needed.
    private static long total(int rows, long offset, int limit, LongSupplier count) {
        if (rows > 0 && rows < limit) {
            return offset + rows;
        }
        if (rows == 0 && offset == 0) {
            return 0;
        }
        return count.getAsLong();
    }

    private static <Q extends TypedQuery<?>> Q bind(Q query, Map<String, ?> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    // No JPQL count exists for this shape: the provider's own count if it has one, else the rows as they stream by.
    private long countRows(TypedQuery<?> query) {
        OptionalLong count = support.resultCount(query);
        if (count.isPresent()) {
            return count.getAsLong();
        }
        try (var rows = query.getResultStream()) {
            return rows.count();
        }
    }

    // The provider's own count where it has one. Otherwise, as JPA has no way to copy a criteria query, the count
    // reuses it with another selection and no ordering, and puts both back before returning, whatever happens.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> long countCriteria(CriteriaQuery<T> query) {
        OptionalLong providerCount = support.resultCount(entityManager.createQuery(query));
        if (providerCount.isPresent()) {
            return providerCount.getAsLong();
        }
        Selection<? extends T> selection = query.getSelection();
        boolean distinct = query.isDistinct();
        Expression<?> distinctExpression = selection == null ? null : selection instanceof Expression<?> e ? e : null;
        if (!query.getGroupList().isEmpty()
                || query.getRoots().isEmpty()
                || (distinct && selection != null && (distinctExpression == null || selection.isCompoundSelection()))) {
            return countRows(entityManager.createQuery(query));
        }
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        List<Order> order = List.copyOf(query.getOrderList());
        Root<?> root = query.getRoots().iterator().next();
        Expression<?> counted = distinctExpression == null ? root : distinctExpression;
        CriteriaQuery counting = query;
        try {
            counting.select(distinct ? builder.countDistinct(counted) : builder.count(root));
            counting.distinct(false);
            counting.orderBy(List.of());
            return ((TypedQuery<Long>) entityManager.createQuery(counting)).getSingleResult();
        } finally {
            counting.select(selection != null ? selection : root);
            counting.distinct(distinct);
            counting.orderBy(order);
        }
    }
}
