package io.fastjpa;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated method (or every business method of the annotated class) in a unit of work.
 *
 * <p>A unit of work begins a transaction on each database the first time its {@code EntityManager} is used inside it.
 * When the outermost unit ends it flushes and commits if the method returned normally, and rolls back if the method
 * threw (any exception, checked or not, unless {@link #dontRollbackOn()} says otherwise) or returned a
 * {@code jakarta.ws.rs.core.Response} with a status of 400 or more. A unit entered while another is active on the same
 * thread joins it: only the outermost one commits, and a failure anywhere marks the whole unit for rollback. If such
 * a failure is caught and the outermost unit still ends normally, it throws a
 * {@link jakarta.persistence.RollbackException} (caused by that failure) rather than return as if it had committed.
 *
 * <p>FastJPA applies this binding to every Jakarta REST resource class, so resource methods need no annotation; on a
 * resource the commit happens when the method returns, before the response entity is written. Resource methods for
 * {@code GET} and {@code HEAD} run read-only unless they carry an explicit {@code @UnitOfWork}. Put the annotation on
 * any CDI bean method to get the same behaviour outside resources, for example in a service called from a background
 * thread. {@code @UnitOfWork(enabled = false)} switches it off for a class or a method.
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class HeroService {
 *     @Inject EntityManager entityManager;
 *
 *     @UnitOfWork
 *     public Hero rename(long id, String name) {
 *         Hero hero = entityManager.find(Hero.class, id);
 *         hero.setName(name);
 *         return hero; // committed when the outermost unit of work ends
 *     }
 * }
 * }</pre>
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnitOfWork {

    /**
     * Whether the annotated class or method runs in a unit of work at all.
     *
     * @return {@code false} to switch the unit of work off, for instance on one resource method
     */
    @Nonbinding
    boolean enabled() default true;

    /**
     * Whether the unit only reads. A read-only unit never flushes and always ends with a rollback; a change made
     * inside it (a {@code persist}, {@code merge}, {@code remove}, bulk update or a modified managed entity) fails
     * loudly instead of being dropped.
     *
     * @return {@code true} for a read-only unit
     */
    @Nonbinding
    boolean readOnly() default false;

    /**
     * Exceptions that roll the unit back. Empty means every exception.
     *
     * @return the exception types, matched with {@code isInstance}
     */
    @Nonbinding
    Class<? extends Throwable>[] rollbackOn() default {};

    /**
     * Exceptions that do not roll the unit back, even if they match {@link #rollbackOn()}.
     *
     * @return the exception types, matched with {@code isInstance}
     */
    @Nonbinding
    Class<? extends Throwable>[] dontRollbackOn() default {};

    /** Literal of {@code @UnitOfWork} with its default attributes, for portable extensions and programmatic lookup. */
    @SuppressWarnings("all")
    final class Literal extends AnnotationLiteral<UnitOfWork> implements UnitOfWork {
        private static final long serialVersionUID = 1L;

        /** The default {@code @UnitOfWork}: enabled, read-write, rolls back on every exception. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {}

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public boolean readOnly() {
            return false;
        }

        @Override
        public Class<? extends Throwable>[] rollbackOn() {
            return new Class[0];
        }

        @Override
        public Class<? extends Throwable>[] dontRollbackOn() {
            return new Class[0];
        }
    }
}
