package io.fastjpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets clients sort a paginated resource method with {@code sort=name,-age}: a comma-separated list (or repeated
 * {@code sort} parameters) of keys, each ascending or, with a leading {@code -}, descending.
 *
 * <p>Only the keys listed here are accepted; anything else is answered with a 400 problem that lists them. A key is
 * either an attribute path of the query's root entity ({@code "name"}, {@code "team.name"}) or an API name mapped to
 * one ({@code "secret_identity=secretIdentity"}). The {@link #tieBreaker()}, a unique attribute, is appended to every
 * requested order so that rows with equal keys keep their order from one page to the next.
 *
 * <pre>{@code
 * @GET
 * @Sortable({"name", "age", "secret_identity=secretIdentity"})
 * public Page<Hero> list(@BeanParam PageRequest page) {
 *     return paginator.page("SELECT h FROM Hero h", Hero.class, page); // ?sort=-age,name
 * }
 * }</pre>
 *
 * A method-level annotation replaces a class-level one. Paths are checked at deployment: they may contain only Java
 * identifier characters and dots, since they become part of the query.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Sortable {

    /**
     * The keys clients may sort by: {@code "path"} or {@code "apiName=path"}.
     *
     * @return the allowed keys, at least one
     */
    String[] value();

    /**
     * A unique attribute path of the root entity, appended as the last sort key; empty for none (when the query's
     * own {@code ORDER BY} already ends with a unique key).
     *
     * @return the tie-breaker path, {@code "id"} by default
     */
    String tieBreaker() default "id";
}
