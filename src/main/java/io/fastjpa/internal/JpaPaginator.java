package io.fastjpa.internal;

import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import io.fastjpa.SortKey;
import io.fastjpa.TotalMode;
import io.fastjpa.internal.provider.ProviderSupport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/** {@link Paginator} on the current session's EntityManager of one database. */
final class JpaPaginator implements Paginator {

    private final EntityManager entityManager;
    private final ProviderSupport support;
    private final JpqlStatements statements;

    JpaPaginator(EntityManager entityManager, ProviderSupport support, JpqlStatements statements) {
        this.entityManager = entityManager;
        this.support = support;
        this.statements = statements;
    }

    @Override
    public <T> Page<T> page(String jpql, Class<T> resultType, PageRequest request) {
        return page(jpql, resultType, Map.of(), request);
    }

    @Override
    public <T> Page<T> page(String jpql, Class<T> resultType, Map<String, ?> parameters, PageRequest request) {
        return jpqlPage(jpql, resultType, query -> parameters.forEach(query::setParameter), request);
    }

    private <T> Page<T> jpqlPage(
            String jpql, Class<T> resultType, Consumer<TypedQuery<?>> binder, PageRequest request) {
        Objects.requireNonNull(jpql, "jpql");
        TypedQuery<T> query =
                bind(entityManager.createQuery(statements.ordered(jpql, request.sort()), resultType), binder);
        LongSupplier count = statements
                .count(jpql)
                .<LongSupplier>map(countJpql -> () -> bind(entityManager.createQuery(countJpql, Long.class), binder)
                        .getSingleResult())
                .orElse(() -> countRows(bind(entityManager.createQuery(jpql, resultType), binder)));
        return fetch(query, count, request);
    }

    @Override
    public <T> Page<T> page(String jpql, Class<T> resultType, List<?> parameters, PageRequest request) {
        Map<Integer, Object> positional = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            positional.put(i + 1, parameters.get(i));
        }
        return jpqlPage(jpql, resultType, query -> positional.forEach(query::setParameter), request);
    }

    @Override
    public <T> Page<T> page(CriteriaQuery<T> query, PageRequest request) {
        Objects.requireNonNull(query, "query");
        TypedQuery<T> pageQuery = ordered(query, request.sort());
        return fetch(pageQuery, () -> countCriteria(query), request);
    }

    @Override
    public <T> Page<T> page(TypedQuery<T> query, TypedQuery<Long> countQuery, PageRequest request) {
        Objects.requireNonNull(countQuery, "countQuery");
        return fetch(query, countQuery::getSingleResult, request);
    }

    // The requested keys go before the query's own order, which is put back once the page query exists.
    private <T> TypedQuery<T> ordered(CriteriaQuery<T> query, List<SortKey> keys) {
        if (keys.isEmpty()) {
            return entityManager.createQuery(query);
        }
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        Root<?> root = query.getRoots().iterator().next();
        List<Order> own = ownOrder(query);
        List<Order> order = new ArrayList<>();
        Map<String, From<?, ?>> joins = new HashMap<>();
        for (SortKey key : keys) {
            order.add(
                    key.descending()
                            ? builder.desc(path(root, key.path(), joins))
                            : builder.asc(path(root, key.path(), joins)));
        }
        order.addAll(own);
        query.orderBy(order);
        try {
            return entityManager.createQuery(query);
        } finally {
            query.orderBy(own);
        }
    }

    // EclipseLink answers null for a query without ORDER BY.
    private static List<Order> ownOrder(CriteriaQuery<?> query) {
        List<Order> order = query.getOrderList();
        return order == null ? List.of() : List.copyOf(order);
    }

    // Associations on the way are left-joined (and the joins stay on the query): a null association keeps its row.
    private static Path<?> path(Root<?> root, String dotted, Map<String, From<?, ?>> joins) {
        String[] segments = dotted.split("\\.");
        From<?, ?> owner = root;
        String prefix = "";
        for (int i = 0; i < segments.length - 1; i++) {
            prefix = prefix.isEmpty() ? segments[i] : prefix + "." + segments[i];
            From<?, ?> from = owner;
            String segment = segments[i];
            owner = joins.computeIfAbsent(prefix, p -> from.join(segment, JoinType.LEFT));
        }
        return owner.get(segments[segments.length - 1]);
    }

    private static <T> Page<T> fetch(TypedQuery<T> query, LongSupplier count, PageRequest request) {
        long offset = request.offset();
        int limit = request.limit();
        if (request.total() == TotalMode.NONE) {
            return uncounted(query, offset, limit);
        }
        List<T> rows = query.setFirstResult((int) offset).setMaxResults(limit).getResultList();
        return Page.of(rows, offset, limit, total(rows.size(), offset, limit, count));
    }

    // One row more than the limit tells whether a next page exists, without a count.
    private static <T> Page<T> uncounted(TypedQuery<T> query, long offset, int limit) {
        int fetched = (int) Math.min((long) limit + 1, Integer.MAX_VALUE - offset);
        List<T> rows = query.setFirstResult((int) offset).setMaxResults(fetched).getResultList();
        boolean hasNext = rows.size() > limit;
        return Page.uncounted(hasNext ? rows.subList(0, limit) : rows, offset, limit, hasNext);
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

    private static <Q extends TypedQuery<?>> Q bind(Q query, Consumer<TypedQuery<?>> binder) {
        binder.accept(query);
        return query;
    }

    // No JPQL count exists for this shape: the provider's own count if it has one, else the rows as they stream by.
    private long countRows(TypedQuery<?> query) {
        OptionalLong count = support.resultCount(() -> query);
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
        OptionalLong providerCount = support.resultCount(() -> entityManager.createQuery(query));
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
        List<Order> order = ownOrder(query);
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
