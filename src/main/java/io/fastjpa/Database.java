package io.fastjpa;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

/**
 * Selects a database other than the default one.
 *
 * <p>A database named {@code replica} is configured with the keys {@code fastjpa.replica.url},
 * {@code fastjpa.replica.user} and so on, and injected with:
 *
 * <pre>{@code
 * @Inject @Database("replica") EntityManager replica;
 * }</pre>
 *
 * The default database (keys {@code fastjpa.url}, ...) is injected without a qualifier.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Database {

    /** Name of the default database, used when no {@code @Database} qualifier is present. */
    String DEFAULT = "default";

    /**
     * The database's name, as used in its configuration keys.
     *
     * @return a non-empty name made of letters, digits, {@code -} and {@code _}
     */
    String value();

    /** Literal of {@code @Database}, for programmatic lookup. */
    @SuppressWarnings("all")
    final class Literal extends AnnotationLiteral<Database> implements Database {
        private static final long serialVersionUID = 1L;
        /** The database name. */
        private final String value;

        private Literal(String value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        /**
         * Creates a literal naming a database.
         *
         * @param name the database name, not null
         * @return the literal
         */
        public static Literal of(String name) {
            return new Literal(name);
        }

        /** @return the database name */
        @Override
        public String value() {
            return value;
        }
    }
}
