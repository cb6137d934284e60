package io.fastjpa.internal.provider;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** Provider-specific settings and checks, chosen by the provider's class name. */
public interface ProviderSupport {

    /** EclipseLink's provider class. */
    String ECLIPSELINK = "org.eclipse.persistence.jpa.PersistenceProvider";

    /** Hibernate ORM's provider class. */
    String HIBERNATE = "org.hibernate.jpa.HibernatePersistenceProvider";

    /**
     * Properties FastJPA passes to the provider for a database, before the user's pass-through properties.
     *
     * @param schema the schema action: none, create, drop-and-create or validate
     * @param echo whether SQL is logged
     * @param echoParameters whether logged SQL shows its bind values (only with {@code echo})
     * @return the properties
     */
    Map<String, String> properties(String schema, boolean echo, boolean echoParameters);

    /**
     * Properties that connect the provider to the application server's transaction manager, for a JTA unit.
     *
     * @param server {@code wildfly}, {@code glassfish} (also Payara) or {@code unknown}
     * @return the properties; none when the provider finds the transaction manager itself or does not know the server
     */
    default Map<String, String> jtaProperties(String server) {
        return Map.of();
    }

    /**
     * Whether the provider finds the managed classes under the unit's roots itself. Otherwise FastJPA lists them.
     *
     * @param loader the application's class loader, where a provider's optional scanner may also be
     * @return {@code true} if the provider scans
     */
    default boolean scans(ClassLoader loader) {
        return true;
    }

    /**
     * Whether {@link #properties} with schema {@code validate} makes the provider validate the schema itself while the
     * EntityManagerFactory is created. Otherwise FastJPA asks its standard {@code SchemaManager} to validate.
     *
     * @return {@code true} if the provider validates on its own
     */
    default boolean validatesSchemaItself() {
        return false;
    }

    /**
     * Whether the persistence context holds changes that a flush would write. Used to fail a read-only unit of work
     * that modified a managed entity instead of silently dropping the change.
     *
     * @param entityManager an EntityManager with an active transaction
     * @return {@code true} if a change is pending; {@code false} also when the provider cannot tell
     */
    boolean hasPendingChanges(EntityManager entityManager);

    /**
     * Stops the EntityManager flushing for the rest of a read-only unit of work: no query writes pending changes
     * before the unit checks for them at its end, and the commit that ends such a unit on a provider that
     * {@linkplain #detachesOnRollback() detaches on rollback} does not walk the persistence context again. JPA's
     * {@code COMMIT} flush mode covers the queries; a provider that can skip the commit's flush as well says so here.
     *
     * @param entityManager the provider's EntityManager, in a transaction of a read-only unit
     * @return what gives the EntityManager its previous flush mode back when the unit ends
     */
    default Runnable suspendFlushes(EntityManager entityManager) {
        FlushModeType before = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        return () -> entityManager.setFlushMode(before);
    }

    /**
     * Whether a rollback detaches every managed entity, as JPA specifies and Hibernate does. A read-only unit of work
     * that changed nothing then ends with a commit instead, which writes nothing: its entities stay managed, so lazy
     * associations still load while the response is written.
     *
     * @return {@code true} if entities are detached by a rollback
     */
    default boolean detachesOnRollback() {
        return false;
    }

    /**
     * Counts the rows of a query with the provider's own facility, for query shapes no JPQL count exists for
     * ({@code GROUP BY}, {@code DISTINCT} over several columns, set operations).
     *
     * @param query makes the query, without first result or max results; called only by providers that can count,
     *     so the others build no query for nothing
     * @return the number of rows, or empty when the provider has no such facility
     */
    default OptionalLong resultCount(Supplier<? extends TypedQuery<?>> query) {
        return OptionalLong.empty();
    }

    /**
     * The support for a provider.
     *
     * @param providerClassName the provider's class name
     * @return the support; a generic one for unknown providers
     */
    static ProviderSupport of(String providerClassName) {
        if (ECLIPSELINK.equals(providerClassName)) {
            return new EclipseLinkSupport();
        }
        if (HIBERNATE.equals(providerClassName)) {
            return new HibernateSupport();
        }
        return new GenericSupport();
    }
}
