package io.fastjpa.internal;

import io.fastjpa.internal.migration.Migrations;
import io.fastjpa.internal.pool.Pools;
import io.fastjpa.internal.provider.ProviderSupport;
import io.fastjpa.spi.TransactionStrategy;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.net.URL;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Level;

/**
 * Bootstraps one database without {@code persistence.xml}: picks the provider, opens its {@link Connections} (a
 * HikariCP pool when HikariCP is present, else the provider's own pool, or the container's DataSource), builds the
 * {@link UnitInfo} and calls {@link PersistenceProvider#createContainerEntityManagerFactory}, then opens one
 * EntityManager so that a wrong URL, password or schema fails at start-up rather than on the first request.
 */
final class DatabaseStarter {

    private final ClassLoader classLoader;
    private final List<URL> roots;
    private final boolean hikari;
    private final boolean flyway;

    DatabaseStarter(ClassLoader classLoader, List<URL> roots) {
        this(classLoader, roots, Pools.hikariPresent());
    }

    /** @param hikari whether to pool connections with HikariCP rather than with the provider's own pool */
    DatabaseStarter(ClassLoader classLoader, List<URL> roots, boolean hikari) {
        this(classLoader, roots, hikari, Migrations.flywayPresent());
    }

    /** @param flyway whether Flyway is there to run {@code migrations} */
    DatabaseStarter(ClassLoader classLoader, List<URL> roots, boolean hikari, boolean flyway) {
        this.classLoader = classLoader;
        this.roots = List.copyOf(roots);
        this.hikari = hikari;
        this.flyway = flyway;
    }

    /**
     * @throws IllegalStateException with a message naming the database and the cause when it cannot start; a pool
     *     opened for it is closed again
     */
    StartedDatabase start(DatabaseSettings settings) {
        long begin = System.nanoTime();
        PersistenceProvider provider = chooseProvider(settings);
        String providerClass = provider.getClass().getName();
        ProviderSupport support = ProviderSupport.of(providerClass);
        requireFlywayForMigrations(settings);
        Connections connections = settings.dataSource().isPresent()
                ? Connections.lookUp(settings, providerClass)
                : connectionsOrFail(settings, providerClass);
        migrate(settings, connections);
        TransactionStrategy transactions;
        try {
            transactions = transactions(settings);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
        UnitInfo unit = new UnitInfo(
                "fastjpa-" + settings.name(),
                providerClass,
                roots.isEmpty() ? null : roots.get(0),
                // Providers scan jar files even when unlisted classes are excluded: with scan=false there are none.
                settings.scan() && roots.size() > 1 ? roots.subList(1, roots.size()) : List.of(),
                managedClasses(settings, support, providerClass),
                new Properties(),
                classLoader,
                connections.dataSource(),
                transactions.jta(),
                !settings.scan());
        EntityManagerFactory factory;
        try {
            factory = provider.createContainerEntityManagerFactory(
                    unit, properties(settings, support, connections, transactions));
            // Opening one EntityManager makes lazy providers log in and run the schema action now.
            factory.createEntityManager().close();
        } catch (RuntimeException e) {
            connections.close();
            throw new IllegalStateException(
                    Messages.startFailed(settings.name(), settings.location(), rootCauseMessage(e)), e);
        }
        if (settings.schema() == DatabaseSettings.Schema.VALIDATE && !support.validatesSchemaItself()) {
            validateSchema(settings, providerClass, factory, connections);
        }
        int entities = factory.getMetamodel().getEntities().size();
        Messages.LOG.info(Messages.started(
                settings.name(),
                providerClass,
                settings.location(),
                connections.description() + ", " + transactions + " transactions",
                entities,
                (System.nanoTime() - begin) / 1_000_000));
        return new StartedDatabase(settings, factory, support, connections, transactions, providerClass);
    }

    // The listed entities, plus, for a provider that cannot scan, the managed classes FastJPA finds under the roots;
    // with scan=false the listed ones only.
    private List<String> managedClasses(DatabaseSettings settings, ProviderSupport support, String providerClass) {
        if (!settings.scan() || roots.isEmpty() || support.scans(classLoader)) {
            return settings.entities();
        }
        List<String> classes = new ArrayList<>(settings.entities());
        EntityClasses.in(roots, classLoader).stream()
                .filter(name -> !classes.contains(name))
                .forEach(classes::add);
        Messages.LOG.info(Messages.listedEntities(settings.name(), providerClass, classes.size()));
        return classes;
    }

    // resource-local unless set, or unless the database is the container's DataSource and the container has JTA: a
    // container DataSource is a JTA one, whose connections must not be committed by hand while a JTA transaction
    // (the container's own, around an EJB say) is active.
    private TransactionStrategy transactions(DatabaseSettings settings) {
        String key = DatabaseSettings.prefix(settings.name()) + "transactions";
        String value = settings.transactions()
                .orElseGet(() -> settings.dataSource().isPresent() && jtaAvailable()
                        ? JtaTransactions.NAME
                        : ResourceLocalTransactions.NAME);
        if (value.equalsIgnoreCase(ResourceLocalTransactions.NAME)) {
            return ResourceLocalTransactions.INSTANCE;
        }
        if (value.equalsIgnoreCase(JtaTransactions.NAME)) {
            if (!OptionalClasses.present("jakarta.transaction.UserTransaction", classLoader)) {
                throw new IllegalStateException(
                        Messages.noJta(settings.name(), key, "Jakarta Transactions is not on the class path"));
            }
            return JtaTransactions.lookUp(settings.name(), key);
        }
        try {
            Class<?> type = Class.forName(value, true, classLoader);
            if (!TransactionStrategy.class.isAssignableFrom(type)) {
                throw new IllegalStateException(Messages.transactionStrategyFailed(
                        settings.name(), key, value, "it does not implement io.fastjpa.spi.TransactionStrategy"));
            }
            return (TransactionStrategy) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(
                    Messages.transactionStrategyFailed(settings.name(), key, value, e.toString()), e);
        }
    }

    private boolean jtaAvailable() {
        return OptionalClasses.present("jakarta.transaction.TransactionSynchronizationRegistry", classLoader)
                && JtaTransactions.available();
    }

    private void requireFlywayForMigrations(DatabaseSettings settings) {
        if (!settings.migrations().isEmpty() && !flyway) {
            throw new IllegalStateException(
                    Messages.flywayMissing(settings.name(), DatabaseSettings.prefix(settings.name()) + "migrations"));
        }
    }

    // Before the EntityManagerFactory, so that its schema validation and first queries see the migrated schema; on
    // the same connections (the pool, else the URL and credentials) and with the application's class loader, which
    // finds classpath: locations inside the application.
    private void migrate(DatabaseSettings settings, Connections connections) {
        if (settings.migrations().isEmpty()) {
            return;
        }
        Migrations.Result result;
        try {
            result = Migrations.migrate(
                    settings.migrations(),
                    connections.dataSource(),
                    settings.url(),
                    settings.user().orElse(null),
                    settings.password().orElse(null),
                    classLoader);
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError too: Flyway with a missing or clashing dependency of its own (Jackson) must not stop the
            // start without naming the database.
            connections.close();
            String reason = withoutPassword(migrationFailure(e), settings.password());
            throw new IllegalStateException(
                    Messages.migrationFailed(settings.name(), settings.location(), settings.migrations(), reason));
        }
        Messages.LOG.info(
                Messages.migrated(settings.name(), settings.migrations(), result.applied(), result.schemaVersion()));
    }

    // Flyway's own first line names the migration ("Migration V2__x.sql failed"); the root cause says why.
    private static String migrationFailure(Throwable error) {
        String own = error.getMessage() == null ? error.getClass().getSimpleName() : firstLine(error.getMessage());
        String cause = rootCauseMessage(error);
        String reason = error.getCause() == null || own.equals(cause) ? own : own + ": " + cause;
        return reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason;
    }

    // Flyway's messages may quote the URL; the cause is left out of the failure for the same reason.
    private static String withoutPassword(String text, java.util.Optional<String> password) {
        String masked = masked(text);
        return password.filter(p -> !p.isEmpty())
                .map(p -> masked.replace(p, "****"))
                .orElse(masked);
    }

    // Providers without a validation of their own are asked through the standard SchemaManager (JPA 3.2, in a class
    // of its own so that this one loads against JPA 3.1 as well); one that cannot validate stops the start rather than
    // silently doing nothing.
    private static void validateSchema(
            DatabaseSettings settings, String providerClass, EntityManagerFactory factory, Connections connections) {
        String problems;
        try {
            problems = SchemaValidation.problems(factory);
        } catch (UnsupportedOperationException | LinkageError e) {
            closeBoth(factory, connections);
            throw new IllegalStateException(
                    Messages.invalidValue(
                            DatabaseSettings.prefix(settings.name()) + "schema",
                            "validate",
                            "none, create, drop-and-create: the provider " + providerClass
                                    + " cannot validate a schema"),
                    e);
        }
        if (problems != null) {
            closeBoth(factory, connections);
            throw new IllegalStateException(Messages.startFailed(settings.name(), settings.location(), problems));
        }
    }

    private static void closeBoth(EntityManagerFactory factory, Connections connections) {
        try {
            factory.close();
        } finally {
            connections.close();
        }
    }

    // A HikariCP pool connects when it opens, so a wrong URL or password fails here, as FASTJPA-006.
    private Connections connectionsOrFail(DatabaseSettings settings, String providerClass) {
        String driver = driverFor(settings.url());
        try {
            return hikari
                    ? Connections.hikari(settings, driver, providerClass)
                    : Connections.providerPool(settings, driver, providerClass);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    Messages.startFailed(settings.name(), settings.location(), rootCauseMessage(e)), e);
        }
    }

    private PersistenceProvider chooseProvider(DatabaseSettings settings) {
        List<PersistenceProvider> providers = PersistenceProviderResolverHolder.getPersistenceProviderResolver()
                .getPersistenceProviders();
        List<String> names =
                providers.stream().map(p -> p.getClass().getName()).distinct().toList();
        String key = DatabaseSettings.prefix(settings.name()) + "provider";
        if (settings.provider().isPresent()) {
            String wanted = providerClassName(settings.provider().get());
            return providers.stream()
                    .filter(p -> p.getClass().getName().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(Messages.unknownProvider(
                            settings.name(), key, settings.provider().get(), names)));
        }
        if (names.isEmpty()) {
            throw new IllegalStateException(Messages.noProvider());
        }
        if (names.size() > 1) {
            throw new IllegalStateException(Messages.ambiguousProvider(settings.name(), key, names));
        }
        return providers.get(0);
    }

    private static String providerClassName(String configured) {
        return switch (configured.toLowerCase(Locale.ROOT)) {
            case "eclipselink" -> ProviderSupport.ECLIPSELINK;
            case "hibernate" -> ProviderSupport.HIBERNATE;
            default -> configured;
        };
    }

    // The DataSource goes in as a property too: EclipseLink shares one session between units of the same name and
    // root whose connection properties are equal, so two applications (or test stacks) in one JVM would share the
    // first one's pool. A DataSource among the properties makes the session its own.
    private static Map<String, Object> properties(
            DatabaseSettings settings,
            ProviderSupport support,
            Connections connections,
            TransactionStrategy transactions) {
        Map<String, Object> properties = new java.util.HashMap<>(
                support.properties(settings.schema().value(), settings.echo(), settings.echoParameters()));
        properties.putAll(connections.properties());
        if (transactions.jta()) {
            properties.put("jakarta.persistence.transactionType", "JTA");
            properties.put("jakarta.persistence.jtaDataSource", connections.dataSource());
            properties.putAll(support.jtaProperties(JtaTransactions.server()));
        } else if (connections.dataSource() != null) {
            properties.put("jakarta.persistence.nonJtaDataSource", connections.dataSource());
        }
        properties.putAll(settings.properties());
        return properties;
    }

    // A driver inside the application (a WAR's WEB-INF/lib) is invisible to DriverManager until loaded through the
    // application's class loader: find it there and name it explicitly.
    private String driverFor(String url) {
        try {
            for (Driver driver : ServiceLoader.load(Driver.class, classLoader)) {
                if (driver.acceptsURL(url)) {
                    return driver.getClass().getName();
                }
            }
        } catch (java.sql.SQLException | java.util.ServiceConfigurationError e) {
            Messages.LOG.log(Level.FINE, "FASTJPA-053: looking up a JDBC driver failed", e);
        }
        return null;
    }

    /** The URL with any password parameter hidden. */
    static String masked(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int start = lower.indexOf("password=");
        if (start < 0) {
            return url;
        }
        int valueStart = start + "password=".length();
        int end = valueStart;
        while (end < url.length() && url.charAt(end) != '&' && url.charAt(end) != ';') {
            end++;
        }
        return url.substring(0, valueStart) + "****" + masked(url.substring(end));
    }

    private static String rootCauseMessage(Throwable error) {
        List<Throwable> seen = new ArrayList<>();
        Throwable cause = error;
        while (cause.getCause() != null && !seen.contains(cause.getCause())) {
            seen.add(cause);
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
