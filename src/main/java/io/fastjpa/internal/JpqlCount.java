package io.fastjpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Derives the count query of a JPQL {@code SELECT} from its tokens, never with regular expressions: string literals,
 * parentheses and subqueries are skipped, and only the top-level {@code SELECT}, {@code DISTINCT}, {@code FROM},
 * {@code GROUP BY} and {@code ORDER BY} are looked at.
 *
 * <ul>
 *   <li>{@code SELECT x FROM Entity e ... ORDER BY ...} counts {@code COUNT(e)} over the same {@code FROM} and
 *       {@code WHERE}: one per row of the join product, which is what the page query returns.
 *   <li>{@code SELECT DISTINCT x FROM ...} with one selected expression counts {@code COUNT(DISTINCT x)}.
 *   <li>{@code GROUP BY}, {@code UNION}/{@code INTERSECT}/{@code EXCEPT}, or {@code DISTINCT} over several
 *       expressions or a constructor: no single JPQL count exists;
 *       {@link #derive} returns empty and the caller counts the rows of the unpaged query.
 * </ul>
 */
final class JpqlCount {

    record Token(String text, int start, int end, int depth) {
        boolean is(String keyword) {
            return text.equalsIgnoreCase(keyword);
        }
    }

    private JpqlCount() {}

    /**
     * @param jpql a {@code SELECT} statement
     * @return the count query, or empty when none can be written in JPQL
     * @throws IllegalArgumentException if the statement is not a {@code SELECT ... FROM}
     */
    static Optional<String> derive(String jpql) {
        List<Token> tokens = tokenize(jpql);
        if (tokens.isEmpty() || !tokens.get(0).is("select")) {
            throw new IllegalArgumentException("FASTJPA-090: only SELECT statements can be paged: " + jpql);
        }
        int fromIndex = topLevelIndex(tokens, "from", 1);
        if (fromIndex < 0) {
            throw new IllegalArgumentException("FASTJPA-091: the statement has no top-level FROM: " + jpql);
        }
        boolean distinct = tokens.get(1).is("distinct");
        int selectionStart = distinct ? 2 : 1;
        if (hasTopLevelKeywordPair(tokens, "group", "by", fromIndex) || hasTopLevelSetOperation(tokens, fromIndex)) {
            return Optional.empty();
        }
        int orderIndex = topLevelPairIndex(tokens, "order", "by", fromIndex);
        int fromEnd = orderIndex < 0 ? tokens.size() : orderIndex;
        String fromClause = withoutFetch(jpql, tokens, fromIndex, fromEnd);
        if (distinct) {
            return singleSelection(tokens, selectionStart, fromIndex)
                    .map(selection -> "SELECT COUNT(DISTINCT "
                            + jpql.substring(selection[0], selection[1]).trim() + ") " + fromClause);
        }
        return Optional.of("SELECT COUNT(" + rootAlias(tokens, fromIndex) + ") " + fromClause);
    }

    /**
     * The text from {@code FROM} up to {@code ORDER BY}, with fetch joins made plain joins: a count may not fetch,
     * and the join must still filter and multiply rows as in the page query. A fetch join without an identification
     * variable gets a generated one, which a plain join needs.
     */
    private static String withoutFetch(String jpql, List<Token> tokens, int fromIndex, int endIndex) {
        StringBuilder clause = new StringBuilder();
        int copied = tokens.get(fromIndex).start();
        int generated = 0;
        for (int i = fromIndex + 1; i < endIndex; i++) {
            Token token = tokens.get(i);
            if (token.depth() != 0 || !token.is("fetch") || !tokens.get(i - 1).is("join")) {
                continue;
            }
            clause.append(jpql, copied, token.start());
            copied = tokens.get(i + 1 < tokens.size() ? i + 1 : i).start();
            int path = i + 1;
            if (path < endIndex && !hasAlias(tokens, path + 1, endIndex)) {
                clause.append(jpql, copied, tokens.get(path).end())
                        .append(" fastjpa_fetch_")
                        .append(++generated);
                copied = tokens.get(path).end();
            }
        }
        int end = endIndex < tokens.size() ? tokens.get(endIndex).start() : jpql.length();
        return clause.append(jpql, copied, end).toString().trim();
    }

    private static boolean hasAlias(List<Token> tokens, int index, int endIndex) {
        if (index >= endIndex) {
            return false;
        }
        Token next = tokens.get(index);
        return next.is("as") || (isIdentifier(next) && !isClauseKeyword(next));
    }

    private static Optional<int[]> singleSelection(List<Token> tokens, int start, int fromIndex) {
        if (start >= fromIndex || tokens.get(start).is("new")) {
            return Optional.empty();
        }
        for (int i = start; i < fromIndex; i++) {
            if (tokens.get(i).depth() == 0 && tokens.get(i).text().equals(",")) {
                return Optional.empty();
            }
        }
        return Optional.of(
                new int[] {tokens.get(start).start(), tokens.get(fromIndex - 1).end()});
    }

    // FROM Entity alias | FROM Entity AS alias | FROM Entity (JPQL 3.2: the implicit alias is "this").
    static String rootAlias(List<Token> tokens, int fromIndex) {
        int index = fromIndex + 2;
        if (index < tokens.size() && tokens.get(index).is("as")) {
            index++;
        }
        if (index < tokens.size() && isIdentifier(tokens.get(index)) && !isClauseKeyword(tokens.get(index))) {
            return tokens.get(index).text();
        }
        return "this";
    }

    private static boolean isClauseKeyword(Token token) {
        return switch (token.text().toLowerCase(Locale.ROOT)) {
            case "where", "join", "inner", "left", "outer", "fetch", "group", "order", "having", "on" -> true;
            default -> false;
        };
    }

    private static boolean isIdentifier(Token token) {
        return Character.isJavaIdentifierStart(token.text().charAt(0));
    }

    static int topLevelIndex(List<Token> tokens, String keyword, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).depth() == 0 && tokens.get(i).is(keyword)) {
                return i;
            }
        }
        return -1;
    }

    static int topLevelPairIndex(List<Token> tokens, String first, String second, int from) {
        for (int i = from; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).depth() == 0
                    && tokens.get(i).is(first)
                    && tokens.get(i + 1).is(second)) {
                return i;
            }
        }
        return -1;
    }

    // JPQL 3.2 UNION, INTERSECT and EXCEPT: the count would have to cover every operand.
    private static boolean hasTopLevelSetOperation(List<Token> tokens, int from) {
        return topLevelIndex(tokens, "union", from) >= 0
                || topLevelIndex(tokens, "intersect", from) >= 0
                || topLevelIndex(tokens, "except", from) >= 0;
    }

    private static boolean hasTopLevelKeywordPair(List<Token> tokens, String first, String second, int from) {
        return topLevelPairIndex(tokens, first, second, from) >= 0;
    }

    /** Splits JPQL into identifiers (dotted paths included), literals, parameters and single symbols. */
    static List<Token> tokenize(String jpql) {
        List<Token> tokens = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < jpql.length()) {
            char c = jpql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = endOfString(jpql, i);
                tokens.add(new Token(jpql.substring(i, end), i, end, depth));
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < jpql.length()
                        && (Character.isJavaIdentifierPart(jpql.charAt(end)) || jpql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(jpql.substring(i, end), i, end, depth));
                i = end;
            } else if (c == ':' || c == '?') {
                int end = i + 1;
                while (end < jpql.length() && Character.isJavaIdentifierPart(jpql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(jpql.substring(i, end), i, end, depth));
                i = end;
            } else {
                if (c == ')') {
                    depth--;
                }
                tokens.add(new Token(String.valueOf(c), i, i + 1, depth));
                if (c == '(') {
                    depth++;
                }
                i++;
            }
        }
        return tokens;
    }

    // A quote inside a JPQL string literal is written twice.
    private static int endOfString(String jpql, int start) {
        int i = start + 1;
        while (i < jpql.length()) {
            if (jpql.charAt(i) == '\'') {
                if (i + 1 < jpql.length() && jpql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("FASTJPA-092: unterminated string literal in: " + jpql);
    }
}
