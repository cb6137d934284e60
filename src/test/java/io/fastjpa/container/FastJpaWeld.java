package io.fastjpa.container;

import io.fastjpa.internal.FastJpaExtension;
import jakarta.enterprise.context.Dependent;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.weld.config.ConfigurationKey;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit.MockBean;
import org.jboss.weld.junit5.WeldInitiator;

/**
 * The one way container tests set Weld up: discovery off, only the given bean classes, and FastJPA's extension added
 * explicitly, because Weld SE reads {@code META-INF/services} extensions only when discovery is on. The test's
 * {@link TestDatabase} is a bean too, so test methods can take it as a parameter.
 */
final class FastJpaWeld {

    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    private FastJpaWeld() {}

    /**
     * @param beanClasses the test's beans
     * @return the initiator for a {@code @WeldSetup} field
     */
    static WeldInitiator of(Class<?>... beanClasses) {
        return WeldInitiator.from(weld(beanClasses))
                .addBeans(MockBean.<TestDatabase>builder()
                        .types(TestDatabase.class)
                        .scope(Dependent.class)
                        .create(context -> TestDatabases.current())
                        .build())
                .build();
    }

    /**
     * A container to boot by hand, for tests that expect the boot itself to fail.
     *
     * @param beanClasses the test's beans
     * @return a not yet initialized Weld with its own container id
     */
    static Weld weld(Class<?>... beanClasses) {
        return new Weld("fastjpa-container-test-" + CONTAINERS.incrementAndGet())
                .disableDiscovery()
                .property(ConfigurationKey.CONCURRENT_DEPLOYMENT.get(), false)
                .addExtension(new FastJpaExtension())
                .addBeanClasses(beanClasses);
    }
}
