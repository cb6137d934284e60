package io.fastjpa;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Changes the default and the maximum {@code limit} of a {@link PageRequest} for a resource class or method.
 *
 * <p>Without it the global settings apply ({@code fastjpa.page.default-size}, 10, and {@code fastjpa.page.max-size},
 * 100). A method-level annotation wins over a class-level one.
 *
 * <pre>{@code
 * @GET
 * @PageSize(defaultSize = 5, max = 500)
 * public Page<Hero> list(@BeanParam PageRequest page) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PageSize {

    /**
     * The {@code limit} used when the request has none; between 1 and {@link #max()}.
     *
     * @return the default page size
     */
    int defaultSize() default 10;

    /**
     * The largest {@code limit} a request may ask for; at least 1.
     *
     * @return the maximum page size
     */
    int max() default 100;

    /**
     * Whether pages count the rows of the whole query. With {@link TotalMode#EXACT} a request may still ask for
     * {@code total=none}; with {@link TotalMode#NONE} it can not ask for a count.
     *
     * @return the total mode, {@link TotalMode#EXACT} by default
     */
    TotalMode total() default TotalMode.EXACT;
}
