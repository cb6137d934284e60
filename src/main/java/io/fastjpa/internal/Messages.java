package io.fastjpa.internal;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.logging.Logger;

/**
 * Every message FastJPA logs or throws, with a stable id ({@code FASTJPA-0xx}) so users can search for it. Each one
 * names what is wrong and how to fix it.
 */
public final class Messages {

    /** The library's logger. */
    public static final Logger LOG = Logger.getLogger("io.fastjpa");

    private Messages() {}

    static String missingUrl(String database, String key, String envKey) {
        return "FASTJPA-001: database '" + database + "' has no JDBC URL: set " + key + " (or the environment variable "
                + envKey + ") in META-INF/fastjpa.properties, a system property or the environment";
    }

    static String invalidValue(String key, String value, String allowed) {
        return "FASTJPA-002: setting " + key + "='" + value + "' is not valid; allowed: " + allowed;
    }

    static String noProvider() {
        return "FASTJPA-003: no Jakarta Persistence provider found on the class path; add EclipseLink or Hibernate ORM";
    }

    static String ambiguousProvider(String database, String key, Collection<String> providers) {
        return "FASTJPA-004: database '" + database + "' can use several persistence providers " + providers
                + "; choose one with " + key + " (eclipselink, hibernate or a provider class name)";
    }

    static String unknownProvider(String database, String key, String value, Collection<String> providers) {
        return "FASTJPA-005: database '" + database + "': " + key + "='" + value
                + "' names no persistence provider on the class path; found " + providers;
    }

    static String startFailed(String database, String url, String reason) {
        return "FASTJPA-006: database '" + database + "' (" + url + ") could not be started: " + reason
                + ". Check its URL, user and password, and that the database server is running";
    }

    static String undefinedDatabase(String database, Object injectionPoint) {
        return "FASTJPA-007: " + injectionPoint + " asks for @Database(\"" + database + "\") but no setting fastjpa."
                + database + ".url (or fastjpa." + database + ".datasource) defines it";
    }

    static String dataSourceNotFound(String database, String key, String name, String reason) {
        return "FASTJPA-014: database '" + database + "': " + key + "='" + name + "' names no DataSource FastJPA can"
                + " look up (" + reason + "). Check the JNDI name against the server's configuration, for example"
                + " java:comp/DefaultDataSource or java:jboss/datasources/ExampleDS";
    }

    static String noJta(String database, String key, String reason) {
        return "FASTJPA-021: database '" + database + "' uses JTA transactions (" + key + ") but the container offers"
                + " no UserTransaction and TransactionSynchronizationRegistry in JNDI (" + reason + "); run it in an"
                + " application server, or set " + key + "=resource-local";
    }

    static String jtaFailed(String action, String reason) {
        return "FASTJPA-022: could not " + action + " the JTA transaction of a unit of work: " + reason;
    }

    static String transactionStrategyFailed(String database, String key, String value, String reason) {
        return "FASTJPA-023: database '" + database + "': " + key + "='" + value + "' names no usable transaction"
                + " strategy (" + reason + "); allowed: resource-local, jta, or the class name of an"
                + " io.fastjpa.spi.TransactionStrategy with a public constructor without parameters";
    }

    static String flywayMissing(String database, String key) {
        return "FASTJPA-015: database '" + database + "' sets " + key + " but Flyway is not on the class path; add"
                + " org.flywaydb:flyway-core, and for PostgreSQL, MySQL or MariaDB also Flyway's module for that"
                + " database (org.flywaydb:flyway-database-postgresql, org.flywaydb:flyway-mysql), which Flyway 10 and"
                + " later need";
    }

    static String migrationFailed(String database, String url, Object locations, String reason) {
        return "FASTJPA-016: database '" + database + "' (" + url + ") could not be migrated from " + locations + ": "
                + reason + ". Fix the migration or the location; the EntityManagerFactory was not created";
    }

    static String unknownDatabase(String database, Collection<String> known) {
        return "FASTJPA-008: no database named '" + database + "' is configured; configured: " + known;
    }

    /** @return the message for an EntityManager used where neither a request nor a unit of work is active */
    static String noActiveSession(String database) {
        return "FASTJPA-010: the EntityManager of database '" + database
                + "' was used outside a request and outside a unit of work; run the code through Transactor.run/call"
                + " or annotate the calling bean method with @UnitOfWork";
    }

    static String closeNotAllowed() {
        return "FASTJPA-011: the injected EntityManager is managed by FastJPA and closed at the end of the request or"
                + " unit of work; do not close it";
    }

    /**
     * @param operation what was attempted
     * @param owner the method or component that owns the read-only unit
     * @return the message for a change attempted in a read-only unit of work
     */
    public static String writeInReadOnlyUnit(String operation, String owner) {
        return "FASTJPA-020: " + operation + " in the read-only unit of work of " + owner
                + "; GET and HEAD resource methods are read-only by default. Annotate the method with"
                + " @UnitOfWork(readOnly = false), or set fastjpa.read-only-reads=false to make them writable";
    }

    /**
     * @param method the resource method
     * @param policy its unit-of-work policy
     * @return the debug line for a resource method's unit of work
     */
    public static String resourceUnit(Method method, Object policy) {
        return "FASTJPA-040: " + method.getDeclaringClass().getSimpleName() + "." + method.getName() + " runs "
                + policy;
    }

    static String started(String database, String provider, String url, String connections, int entities, long millis) {
        return "FASTJPA-050: database '" + database + "' started on " + url + " with " + provider + ", " + connections
                + " and " + entities + " entit" + (entities == 1 ? "y" : "ies") + " in " + millis + " ms";
    }

    static String migrated(String database, Object locations, int applied, String version) {
        return "FASTJPA-057: database '" + database + "' migrated from " + locations + ": " + applied + " migration"
                + (applied == 1 ? "" : "s") + " applied, schema version " + version;
    }

    static String listedEntities(String database, String provider, int classes) {
        return "FASTJPA-058: database '" + database + "': " + provider
                + " finds no entities by itself here (Hibernate 7"
                + " scans only with org.hibernate.orm:hibernate-scan-jandex), so FastJPA listed the " + classes
                + " managed class" + (classes == 1 ? "" : "es") + " it found in the application's classes";
    }

    static String providerPool(String database, int size, String limits) {
        return "FASTJPA-055: database '" + database + "' uses the persistence provider's own connection pool of " + size
                + " (HikariCP is not on the class path): " + limits + ". Add com.zaxxer:HikariCP for a pool that"
                + " applies every fastjpa pool setting";
    }

    static String hikariAlwaysChecks(String database) {
        return "FASTJPA-056: database '" + database + "' sets pool.pre-ping=false, which HikariCP cannot do: it checks"
                + " every connection that was idle for more than 500 ms before handing it out";
    }

    static String steppingAside(String database, Object bean) {
        return "FASTJPA-051: the application produces the EntityManager of database '" + database + "' (" + bean
                + "); FastJPA does not bootstrap that database";
    }

    static String replicaOfOwnEntityManager(String database, String key, String replica) {
        return "FASTJPA-065: " + key + "=" + replica + " has no effect: the application produces the EntityManager of"
                + " database '" + database + "', and only the EntityManagers FastJPA produces read from a replica."
                + " Route the application's own EntityManager itself, or remove the setting";
    }

    static String readsFromReplica(String database, String replica, String key) {
        return "FASTJPA-059: read-only units of work use database '" + replica + "' for the EntityManager, Paginator"
                + " and queries of database '" + database + "' (" + key + "=" + replica + "); read-write units and"
                + " Transactor work use '" + database + "'. Reads from '" + replica + "' see"
                + " only what it has replicated so far";
    }

    static String rollbackFailed(String database) {
        return "FASTJPA-060: rolling back the transaction of database '" + database + "' failed";
    }

    static String closeFailed(String database) {
        return "FASTJPA-061: closing the EntityManager of database '" + database + "' failed";
    }

    static String swallowedFailure(String owner, Throwable failure) {
        return "FASTJPA-064: the unit of work of " + owner + " ended normally but nothing was committed: a unit of work"
                + " it joined failed with " + failure.getClass().getName() + ", which rolls back the whole unit, and"
                + " the failure was caught. Let it propagate, or list it in dontRollbackOn of the unit that threw it";
    }

    static String partialCommit(String committed, String failed) {
        return "FASTJPA-062: the unit of work committed database(s) " + committed + " but the commit of '" + failed
                + "' failed; without JTA a unit of work over several databases is not atomic";
    }

    /**
     * @param status the response status sent
     * @return the log line for a failure answered with a problem
     */
    public static String answeredWithProblem(int status) {
        return "FASTJPA-070: request failed, answered " + status;
    }

    /** @return the message for a Page/Item written without any JSON provider */
    public static String noJsonWriter(Object type) {
        return "FASTJPA-080: no JSON message body writer for " + type
                + "; add a JSON provider such as jersey-media-json-binding or jersey-media-json-jackson";
    }
}
