package io.fastjpa.internal;

import io.fastjpa.Database;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import io.fastjpa.Transactor;
import io.fastjpa.UnitOfWork;
import io.fastjpa.internal.provider.ProviderSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.inject.Scope;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * FastJPA's CDI portable extension, registered through {@code META-INF/services}; applications need no
 * {@code beans.xml} entry for it.
 *
 * <ul>
 *   <li>Before discovery it registers the {@link UnitOfWork} interceptor, the request-scoped session holder and
 *       {@link PageRequest} (a bean, because jersey-cdi2-se resolves {@code @BeanParam} classes through CDI).
 *   <li>While types are processed it binds {@code @UnitOfWork} to every Jakarta REST resource class without one,
 *       remembers where the application's classes live (the roots scanned for entities), which databases
 *       {@code @Database} injection points ask for, and which EntityManagers the application produces itself.
 *   <li>After discovery it validates the settings of each database and adds, per database, beans for
 *       {@code EntityManager}, {@code EntityManagerFactory}, {@link Paginator} and {@link Transactor}.
 *   <li>After validation it starts each database (its {@code EntityManagerFactory}); at shutdown it closes them.
 * </ul>
 *
 * It steps aside for a database whose {@code EntityManager} the application produces itself: no bean and no
 * bootstrap for that one.
 */
public class FastJpaExtension implements Extension {

    private static final List<String> FRAMEWORK_PACKAGES = List.of(
            "jakarta.", "java.", "org.jboss.", "org.glassfish.", "org.eclipse.", "org.hibernate.", "org.junit.");

    private final Set<URL> applicationRoots = new LinkedHashSet<>();
    private final Map<String, String> requestedDatabases = new LinkedHashMap<>();
    private final Map<String, Bean<?>> applicationEntityManagers = new LinkedHashMap<>();
    private final Map<String, DatabaseSettings> configured = new LinkedHashMap<>();
    private final Databases databases = new Databases();
    // Shared by every Paginator: the statements derived from the application's JPQL, derived once.
    private final JpqlStatements statements = new JpqlStatements();
    private final Map<Class<?>, InjectionTarget<?>> originalInjectionTargets = new java.util.HashMap<>();
    private URL libraryRoot;
    private boolean beansAdded;

    void registerTypes(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        libraryRoot = rootOf(FastJpaExtension.class).orElse(null);
        for (Class<?> type : List.of(UnitOfWorkInterceptor.class, RequestSession.class, PageRequest.class)) {
            event.addAnnotatedType(beanManager.createAnnotatedType(type), "fastjpa." + type.getName());
        }
    }

    <T> void bindResources(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> event) {
        AnnotatedType<T> type = event.getAnnotatedType();
        Class<T> javaClass = type.getJavaClass();
        boolean concrete = !javaClass.isInterface() && !Modifier.isAbstract(javaClass.getModifiers());
        if (concrete && type.isAnnotationPresent(Path.class) && !type.isAnnotationPresent(UnitOfWork.class)) {
            event.configureAnnotatedType().add(UnitOfWork.Literal.INSTANCE);
        }
    }

    // Beans (any scope annotation), resources, providers and entities: where they live is where entities are looked
    // for.
    <T> void collectApplicationRoots(
            @Observes
                    @Priority(Interceptor.Priority.LIBRARY_BEFORE)
                    @WithAnnotations({NormalScope.class, Scope.class, Path.class, Provider.class, Entity.class})
                    ProcessAnnotatedType<T> event) {
        Class<T> type = event.getAnnotatedType().getJavaClass();
        String name = type.getName();
        if (FRAMEWORK_PACKAGES.stream().noneMatch(name::startsWith)) {
            rootOf(type).filter(root -> !root.equals(libraryRoot)).ifPresent(applicationRoots::add);
        }
    }

    // jersey-cdi2-se wraps the injection target of every bean to add @Context injection, and its wrapper drops the
    // bean's interceptors: a @UnitOfWork service would silently run without a transaction. For beans that use
    // @UnitOfWork and no @Context, the container's own injection target is captured before and put back after.
    <T> void captureInjectionTarget(
            @Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) ProcessInjectionTarget<T> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (UnitOfWorkBeans.needsInterception(type)) {
            originalInjectionTargets.put(type, event.getInjectionTarget());
        }
    }

    <T> void restoreInjectionTarget(
            @Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) ProcessInjectionTarget<T> event) {
        InjectionTarget<?> original =
                originalInjectionTargets.remove(event.getAnnotatedType().getJavaClass());
        if (original != null && original != event.getInjectionTarget()) {
            @SuppressWarnings("unchecked")
            InjectionTarget<T> restored = (InjectionTarget<T>) original;
            event.setInjectionTarget(restored);
            Messages.LOG.fine(() -> "FASTJPA-054: kept the container's injection target of "
                    + event.getAnnotatedType().getJavaClass().getName() + " so its @UnitOfWork stays intercepted");
        }
    }

    void collectRequestedDatabases(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint injectionPoint = event.getInjectionPoint();
        for (Annotation qualifier : injectionPoint.getQualifiers()) {
            if (qualifier instanceof Database database) {
                requestedDatabases.putIfAbsent(database.value(), String.valueOf(injectionPoint));
            }
        }
    }

    void collectApplicationEntityManagers(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        if (beansAdded || !bean.getTypes().contains(EntityManager.class)) {
            return;
        }
        String database = bean.getQualifiers().stream()
                .filter(Database.class::isInstance)
                .map(q -> ((Database) q).value())
                .findFirst()
                .orElse(Database.DEFAULT);
        applicationEntityManagers.put(database, bean);
    }

    void addBeans(@Observes AfterBeanDiscovery event, BeanManager beanManager) {
        beansAdded = true;
        Settings settings;
        boolean readOnlyReads;
        try {
            settings = Settings.load(classLoader());
            readOnlyReads = settings.getBoolean(Settings.PREFIX + "read-only-reads", true);
        } catch (RuntimeException e) {
            event.addDefinitionError(e);
            return;
        }
        KnownSettings.unknownKeys(settings)
                .forEach(message -> event.addDefinitionError(new IllegalStateException(message)));
        KnownSettings.warnAboutUnknownEnvironment(settings);
        readDatabaseSettings(event, settings);
        SessionManager sessions = new SessionManager(beanManager, databases, readOnlyReads);
        event.addBean()
                .types(Databases.class, Object.class)
                .scope(Singleton.class)
                .createWith(c -> databases);
        event.addBean()
                .types(SessionManager.class, Object.class)
                .scope(Singleton.class)
                .createWith(c -> sessions);
        applicationEntityManagers
                .keySet()
                .forEach(database -> addApplicationPaginator(event, beanManager, database, statements));
        // FastJPA's own handles are stateless (the EntityManager is a proxy to the current session's): one instance
        // each, in Weld's singleton pseudo-scope. As @Dependent beans, every request-scoped resource that injects them
        // paid Weld's creation and destruction of dependent instances: about 2% of a by-id request's samples in a
        // profile.
        for (String database : configured.keySet()) {
            Annotation[] qualifiers = qualifiers(database);
            addBean(event, EntityManager.class, qualifiers, Singleton.class, () -> sessions.entityManager(database));
            addBean(event, EntityManagerFactory.class, qualifiers, Singleton.class, () -> databases
                    .get(database)
                    .factory());
            addBean(
                    event,
                    Paginator.class,
                    qualifiers,
                    Singleton.class,
                    () -> new JpaPaginator(
                            sessions.entityManager(database),
                            databases.get(database).support(),
                            statements));
            addBean(
                    event,
                    Transactor.class,
                    qualifiers,
                    Singleton.class,
                    () -> new DefaultTransactor(database, sessions));
        }
    }

    private void readDatabaseSettings(AfterBeanDiscovery event, Settings settings) {
        Set<String> failed = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        names.add(Database.DEFAULT);
        names.addAll(namedDatabases(settings));
        names.addAll(requestedDatabases.keySet());
        for (String name : names) {
            Bean<?> own = applicationEntityManagers.get(name);
            if (own != null) {
                Messages.LOG.info(Messages.steppingAside(name, own));
                // Replicas route only FastJPA's own EntityManagers: say so rather than leave the setting unread.
                settings.get(Replicas.key(name))
                        .ifPresent(replica -> Messages.LOG.warning(
                                Messages.replicaOfOwnEntityManager(name, Replicas.key(name), replica)));
                continue;
            }
            boolean defined = Database.DEFAULT.equals(name)
                    || settings.get(DatabaseSettings.prefix(name) + "url").isPresent()
                    || settings.get(DatabaseSettings.prefix(name) + "datasource")
                            .isPresent();
            if (!defined) {
                event.addDefinitionError(
                        new IllegalStateException(Messages.undefinedDatabase(name, requestedDatabases.get(name))));
                continue;
            }
            try {
                configured.put(name, DatabaseSettings.read(settings, name));
            } catch (RuntimeException e) {
                failed.add(name);
                event.addDefinitionError(e);
            }
        }
        Replicas.problems(configured, failed)
                .forEach(message -> event.addDefinitionError(new IllegalStateException(message)));
    }

    // Stepping aside for the application's EntityManager still leaves it pagination: a Paginator over that bean.
    private static void addApplicationPaginator(
            AfterBeanDiscovery event, BeanManager beanManager, String database, JpqlStatements statements) {
        Annotation[] lookup = Database.DEFAULT.equals(database)
                ? new Annotation[] {Default.Literal.INSTANCE}
                : new Annotation[] {Database.Literal.of(database)};
        // @Dependent: the application's EntityManager bean may be @Dependent too, one per injection.
        addBean(
                event,
                Paginator.class,
                qualifiers(database),
                Dependent.class,
                () -> new JpaPaginator(
                        beanManager
                                .createInstance()
                                .select(EntityManager.class, lookup)
                                .get(),
                        ProviderSupport.of(""),
                        statements));
    }

    // A named database is any fastjpa.<name>.url or fastjpa.<name>.datasource key with a value. A listed name alone
    // is not enough: MicroProfile Config implementations may list the names they saw when first asked (SmallRye
    // Config does, for system properties), also after the property was cleared.
    private static Set<String> namedDatabases(Settings settings) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : settings.keysStartingWith(Settings.PREFIX)) {
            String rest = key.substring(Settings.PREFIX.length());
            int dot = rest.indexOf('.');
            String setting = dot > 0 ? rest.substring(dot + 1) : "";
            if ((setting.equals("url") || setting.equals("datasource"))
                    && settings.get(key).isPresent()) {
                names.add(rest.substring(0, dot));
            }
        }
        return names;
    }

    private static Annotation[] qualifiers(String database) {
        return Database.DEFAULT.equals(database)
                ? new Annotation[] {Default.Literal.INSTANCE, Any.Literal.INSTANCE, Database.Literal.of(database)}
                : new Annotation[] {Any.Literal.INSTANCE, Database.Literal.of(database)};
    }

    private static <T> void addBean(
            AfterBeanDiscovery event,
            Class<T> type,
            Annotation[] qualifiers,
            Class<? extends Annotation> scope,
            Supplier<T> factory) {
        event.<T>addBean()
                .beanClass(FastJpaExtension.class)
                .types(new Type[] {type, Object.class})
                .qualifiers(qualifiers)
                .scope(scope)
                .createWith(context -> factory.get());
    }

    void startDatabases(@Observes AfterDeploymentValidation event) {
        DatabaseStarter starter = new DatabaseStarter(classLoader(), new ArrayList<>(applicationRoots));
        Map<String, StartedDatabase> started = new LinkedHashMap<>();
        for (DatabaseSettings settings : configured.values()) {
            try {
                started.put(settings.name(), starter.start(settings));
            } catch (RuntimeException e) {
                event.addDeploymentProblem(e);
            }
        }
        List<String> replicaProblems = Replicas.providerProblems(started);
        replicaProblems.forEach(message -> event.addDeploymentProblem(new IllegalStateException(message)));
        databases.started(started);
        if (started.size() < configured.size() || !replicaProblems.isEmpty()) {
            databases.closeAll();
        } else {
            Replicas.logRouting(started.values());
        }
    }

    void closeDatabases(@Observes BeforeShutdown event) {
        databases.closeAll();
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : FastJpaExtension.class.getClassLoader();
    }

    /**
     * The root a class was loaded from: the directory or archive its package path starts in. Derived from the
     * class file's own URL because the protection domain's code source is not what providers can scan in every
     * server.
     */
    static Optional<URL> rootOf(Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader();
        URL url = loader == null ? null : loader.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        String external = url.toExternalForm();
        if (!external.endsWith(resource)) {
            return Optional.empty();
        }
        String root = external.substring(0, external.length() - resource.length());
        if (root.startsWith("jar:") && root.endsWith("!/")) {
            root = root.substring("jar:".length(), root.length() - 2);
        }
        try {
            URL found = new URL(root);
            return Optional.of(root.startsWith("vfs:") ? physical(found) : found);
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    // WildFly serves classes from its virtual file system (vfs: URLs), which a provider's own scanner cannot read when
    // WildFly's JPA subsystem is not the one deploying the unit. A WAR is deployed expanded, so the virtual directory
    // has a real one behind it: VirtualFile.getPhysicalFile(), called reflectively to need no JBoss VFS at build time.
    private static URL physical(URL virtual) {
        try {
            Object file = virtual.openConnection().getContent();
            Object physical = file.getClass().getMethod("getPhysicalFile").invoke(file);
            return ((java.io.File) physical).toURI().toURL();
        } catch (ReflectiveOperationException | java.io.IOException | RuntimeException e) {
            Messages.LOG.log(java.util.logging.Level.FINE, "FASTJPA-053: no physical directory for " + virtual, e);
            return virtual;
        }
    }
}
