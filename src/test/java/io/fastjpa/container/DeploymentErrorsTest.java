package io.fastjpa.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastjpa.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.Test;

/**
 * Settings FastJPA cannot work with stop the container from starting, with a message naming the problem. Each test
 * boots Weld by hand, because the boot itself is what fails.
 */
class DeploymentErrorsTest {

    private static final String H2 = "jdbc:h2:mem:deployment_errors_test;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    /** Asks for a database that no setting defines. */
    @ApplicationScoped
    static class NeedsMissingDatabase {
        @Inject
        @Database("missing")
        EntityManager missing;
    }

    @Test
    void shouldFailForAnInjectionPointOfAnUndefinedDatabase() {
        try (SystemProperties settings = SystemProperties.set(Map.of("fastjpa.url", H2))) {
            Weld weld = FastJpaWeld.weld(NeedsMissingDatabase.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-007")
                    .hasMessageContaining("fastjpa.missing.url");
        }
    }

    @Test
    void shouldFailForAnInvalidSchemaSetting() {
        try (SystemProperties settings = SystemProperties.set(Map.of("fastjpa.url", H2, "fastjpa.schema", "bogus"))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-002")
                    .hasMessageContaining("fastjpa.schema")
                    .hasMessageContaining("bogus");
        }
    }

    @Test
    void shouldFailForAnUnreachableDatabaseWithoutRevealingThePassword() {
        String password = "s3cret-Pa55word";
        try (SystemProperties settings = SystemProperties.set(Map.of(
                "fastjpa.url",
                "jdbc:postgresql://127.0.0.1:1/nope",
                "fastjpa.user",
                "fastjpa",
                "fastjpa.password",
                password,
                "fastjpa.provider",
                TestDatabases.provider()))) {
            Weld weld = FastJpaWeld.weld(Units.class);

            assertThatThrownBy(() -> weld.initialize().close())
                    .hasMessageContaining("FASTJPA-006")
                    .hasMessageContaining("'default'")
                    .satisfies(failure -> assertThat(stackTraceOf(failure)).doesNotContain(password));
        }
    }

    private static String stackTraceOf(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
