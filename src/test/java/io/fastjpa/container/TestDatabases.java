package io.fastjpa.container;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test method fresh databases, configured through system properties before the container boots, and
 * removes them after it stopped. The default one is {@link #current()}; {@link TestDatabase#named} finds the others.
 * System properties are global, so container tests never run in parallel, and one current test is all there is.
 */
final class TestDatabases implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);
    private static final AtomicInteger TESTS = new AtomicInteger();

    // Both EclipseLink and Hibernate are on the test class path, so FastJPA needs to be told which one to use.
    private static final String PROVIDER = System.getProperty("matrix.provider", "eclipselink");

    private static volatile TestDatabase current;

    /** The databases of one test method. */
    private record Handle(Map<String, TestDatabase> databases, SystemProperties properties) {}

    /** @return the JPA provider container tests run on, as {@code fastjpa.provider} names it */
    static String provider() {
        return PROVIDER;
    }

    /** @return the default database of the running test */
    static TestDatabase current() {
        TestDatabase database = current;
        if (database == null) {
            throw new IllegalStateException("no container test is running");
        }
        return database;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String unique = "container_test_" + TESTS.incrementAndGet();
        Map<String, TestDatabase> databases = new LinkedHashMap<>();
        Map<String, String> properties = new LinkedHashMap<>();
        TestDatabase main = TestDatabase.create("default", unique, databases);
        properties.put("fastjpa.url", main.url());
        properties.put("fastjpa.schema", "drop-and-create");
        properties.put("fastjpa.provider", PROVIDER);
        for (String name : annotation(context).databases()) {
            TestDatabase named = TestDatabase.create(name, unique + "_" + name, databases);
            properties.put("fastjpa." + name + ".url", named.url());
            properties.put("fastjpa." + name + ".schema", "drop-and-create");
            properties.put("fastjpa." + name + ".provider", PROVIDER);
        }
        for (String setting : annotation(context).properties()) {
            int equals = setting.indexOf('=');
            properties.put(setting.substring(0, equals), setting.substring(equals + 1));
        }
        context.getStore(NAMESPACE).put(Handle.class, new Handle(databases, SystemProperties.set(properties)));
        current = main;
    }

    // Runs after weld-junit has stopped the container: FastJPA has closed its factories by now.
    @Override
    public void afterEach(ExtensionContext context) {
        current = null;
        Handle handle = context.getStore(NAMESPACE).remove(Handle.class, Handle.class);
        if (handle != null) {
            handle.properties().close();
            handle.databases().values().forEach(TestDatabase::shutdown);
        }
    }

    private static FastJpaContainerTest annotation(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            FastJpaContainerTest annotation = type.getAnnotation(FastJpaContainerTest.class);
            if (annotation != null) {
                return annotation;
            }
        }
        throw new IllegalStateException(context.getRequiredTestClass() + " is not a @FastJpaContainerTest");
    }
}
