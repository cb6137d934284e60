package io.fastjpa.container;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.weld.junit5.WeldJunit5Extension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A container test: before each test method, a fresh in-memory H2 database (and one per name in {@link #databases()})
 * is configured through {@code fastjpa.*} system properties, then weld-junit boots the container described by the
 * class's {@code @WeldSetup} field, which {@link FastJpaWeld#of} builds. Test methods may take a {@link TestDatabase}
 * parameter to check rows through plain JDBC. The properties are cleared and the databases shut down after each test.
 *
 * <pre>{@code
 * @FastJpaContainerTest
 * class SomethingTest {
 *     @WeldSetup WeldInitiator weld = FastJpaWeld.of(Units.class);
 *     @Inject Units units;
 *
 *     @Test
 *     void shouldCommit(TestDatabase database) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
// One array, so the databases are configured before weld-junit boots the container and cleaned up after it stops.
@ExtendWith({TestDatabases.class, WeldJunit5Extension.class})
@interface FastJpaContainerTest {

    /**
     * Named databases to configure besides the default one, each as {@code fastjpa.<name>.url}.
     *
     * @return the names, for example {@code "second"}
     */
    String[] databases() default {};

    /**
     * Further settings for the test, each {@code key=value}, set as system properties with the databases'.
     *
     * @return the settings, for example {@code "fastjpa.replica=replica"}
     */
    String[] properties() default {};
}
