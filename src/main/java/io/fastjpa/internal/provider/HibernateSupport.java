package io.fastjpa.internal.provider;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/** Hibernate ORM: DDL that adds what is missing to an existing schema, SQL echo, a real dirty check and its count. */
final class HibernateSupport implements ProviderSupport {

    private static final String SCANNER_FACTORY = "org.hibernate.boot.archive.scan.spi.ScannerFactory";

    @Override
    public Map<String, String> properties(String schema, boolean echo, boolean echoParameters) {
        Map<String, String> properties = new HashMap<>();
        // "create" must work on a database whose tables already exist and add the missing ones, as EclipseLink's
        // create-or-extend-tables does: that is Hibernate's "update", which the standard property cannot ask for.
        switch (schema) {
            case "create" -> properties.put("hibernate.hbm2ddl.auto", "update");
            case "validate" -> properties.put("hibernate.hbm2ddl.auto", "validate");
            case "drop-and-create" -> properties.put(
                    "jakarta.persistence.schema-generation.database.action", "drop-and-create");
            default -> properties.put("jakarta.persistence.schema-generation.database.action", "none");
        }
        // show_sql prints statements with their placeholders. Hibernate has no property for bind values: they are
        // logged by the category org.hibernate.orm.jdbc.bind at TRACE, which belongs to the application's logging
        // configuration; FastJPA never enables it, so echoParameters is documented, not mapped.
        properties.put("hibernate.show_sql", Boolean.toString(echo));
        return properties;
    }

    // WildFly's JPA subsystem would name this platform for a unit it deployed; FastJPA's own unit has to.
    @Override
    public Map<String, String> jtaProperties(String server) {
        return server.equals("wildfly")
                ? Map.of(
                        "hibernate.transaction.jta.platform",
                        "org.hibernate.engine.transaction.jta.platform.internal.JBossAppServerJtaPlatform")
                : Map.of();
    }

    // Hibernate 6 scans itself. Hibernate 7 scans only through a ScannerFactory service, which hibernate-scan-jandex
    // provides; without one it maps nothing but the listed classes.
    @Override
    public boolean scans(ClassLoader loader) {
        Class<?> factory;
        try {
            factory = Class.forName(SCANNER_FACTORY, false, Session.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return true;
        }
        return ServiceLoader.load(factory, loader).findFirst().isPresent()
                || ServiceLoader.load(factory, Session.class.getClassLoader())
                        .findFirst()
                        .isPresent();
    }

    @Override
    public boolean validatesSchemaItself() {
        return true;
    }

    // MANUAL: the commit that ends a read-only unit (see detachesOnRollback) flushes nothing either, instead of
    // dirty-checking every entity the unit loaded once more after hasPendingChanges did.
    @Override
    public Runnable suspendFlushes(EntityManager entityManager) {
        Session session = entityManager.unwrap(Session.class);
        FlushMode before = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return () -> session.setHibernateFlushMode(before);
    }

    @Override
    public boolean hasPendingChanges(EntityManager entityManager) {
        // A dry-run flush: compares managed entities with their snapshots without executing any SQL.
        return entityManager.unwrap(Session.class).isDirty();
    }

    @Override
    public boolean detachesOnRollback() {
        // SessionImpl.afterTransactionCompletion clears the persistence context after any rollback.
        return true;
    }

    @Override
    public OptionalLong resultCount(Supplier<? extends TypedQuery<?>> query) {
        // Counts the rows of any selection query, as a subquery, where JPQL has no count (GROUP BY, set operations).
        return OptionalLong.of(query.get().unwrap(SelectionQuery.class).getResultCount());
    }
}
