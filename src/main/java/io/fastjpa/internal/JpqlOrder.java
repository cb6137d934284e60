package io.fastjpa.internal;

import io.fastjpa.SortKey;
import io.fastjpa.internal.JpqlCount.Token;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a requested order in front of a JPQL query's own {@code ORDER BY}, found among its top-level tokens. The keys'
 * paths come from a {@link io.fastjpa.Sortable} allow-list checked at deployment (identifiers and dots only), never
 * from the request, which only chooses among them. A path through an association ({@code drawer.label}) is reached
 * with a {@code LEFT JOIN}, so rows whose association is null stay in the page, as they stay in the count.
 */
final class JpqlOrder {

    private static final Set<String> CLAUSES_AFTER_FROM = Set.of("where", "group", "having", "order");

    private JpqlOrder() {}

    /**
     * @param jpql a {@code SELECT} statement
     * @param keys the order, first key first; paths relative to the root entity
     * @return the statement ordered by the keys, then by its own order
     */
    static String apply(String jpql, List<SortKey> keys) {
        if (keys.isEmpty()) {
            return jpql;
        }
        List<Token> tokens = JpqlCount.tokenize(jpql);
        int fromIndex = JpqlCount.topLevelIndex(tokens, "from", 1);
        if (fromIndex < 0) {
            throw new IllegalArgumentException("FASTJPA-091: the statement has no top-level FROM: " + jpql);
        }
        String alias = JpqlCount.rootAlias(tokens, fromIndex);
        int orderIndex = JpqlCount.topLevelPairIndex(tokens, "order", "by", fromIndex);
        int joinsAt = endOfFromClause(jpql, tokens, fromIndex);
        Map<String, String> joined = new LinkedHashMap<>();
        StringBuilder joins = new StringBuilder();
        StringBuilder order = new StringBuilder(" ORDER BY ");
        String separator = "";
        for (SortKey key : keys) {
            order.append(separator).append(expression(alias, key.path(), joined, joins));
            order.append(key.descending() ? " DESC" : " ASC");
            separator = ", ";
        }
        if (orderIndex >= 0) {
            order.append(", ")
                    .append(jpql.substring(tokens.get(orderIndex + 1).end()).trim());
        }
        String head = jpql.substring(0, joinsAt).trim() + joins;
        String middle = orderIndex < 0
                ? jpql.substring(joinsAt)
                : jpql.substring(joinsAt, tokens.get(orderIndex).start());
        String body = (head + " " + middle.trim()).trim();
        return body + order;
    }

    // alias.a.b.c: LEFT JOIN alias.a s1 LEFT JOIN s1.b s2, ordered by s2.c; joins are shared between keys.
    private static String expression(String alias, String path, Map<String, String> joined, StringBuilder joins) {
        String[] segments = path.split("\\.");
        String owner = alias;
        String prefix = "";
        for (int i = 0; i < segments.length - 1; i++) {
            prefix = prefix.isEmpty() ? segments[i] : prefix + "." + segments[i];
            String existing = joined.get(prefix);
            if (existing == null) {
                existing = "fastjpa_sort_" + (joined.size() + 1);
                joins.append(" LEFT JOIN ")
                        .append(owner)
                        .append('.')
                        .append(segments[i])
                        .append(' ')
                        .append(existing);
                joined.put(prefix, existing);
            }
            owner = existing;
        }
        return owner + "." + segments[segments.length - 1];
    }

    private static int endOfFromClause(String jpql, List<Token> tokens, int fromIndex) {
        for (int i = fromIndex + 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.depth() == 0 && CLAUSES_AFTER_FROM.contains(token.text().toLowerCase(java.util.Locale.ROOT))) {
                return token.start();
            }
        }
        return jpql.length();
    }
}
