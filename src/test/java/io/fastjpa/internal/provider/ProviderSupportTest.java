package io.fastjpa.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProviderSupportTest {

    @Nested
    class Choice {

        @Test
        void shouldPickTheSupportByProviderClass() {
            assertThat(ProviderSupport.of(ProviderSupport.ECLIPSELINK)).isInstanceOf(EclipseLinkSupport.class);
            assertThat(ProviderSupport.of(ProviderSupport.HIBERNATE)).isInstanceOf(HibernateSupport.class);
            assertThat(ProviderSupport.of("com.example.OtherProvider")).isInstanceOf(GenericSupport.class);
        }

        @Test
        void shouldNotPassValidateAsTheStandardActionWhichHasNoSuchValue() {
            GenericSupport generic = new GenericSupport();

            assertThat(generic.properties("validate", false, false))
                    .containsExactly(entry("jakarta.persistence.schema-generation.database.action", "none"));
            assertThat(generic.properties("create", false, false))
                    .containsExactly(entry("jakarta.persistence.schema-generation.database.action", "create"));
            assertThat(generic.validatesSchemaItself()).isFalse();
        }
    }

    @Nested
    class Hibernate {

        private final HibernateSupport support = new HibernateSupport();

        @Test
        void shouldAddMissingTablesToAnExistingSchemaOnCreate() {
            assertThat(support.properties("create", false, false)).contains(entry("hibernate.hbm2ddl.auto", "update"));
        }

        @Test
        void shouldUseTheStandardActionForDropAndCreateAndNone() {
            assertThat(support.properties("drop-and-create", false, false))
                    .contains(entry("jakarta.persistence.schema-generation.database.action", "drop-and-create"))
                    .doesNotContainKey("hibernate.hbm2ddl.auto");
            assertThat(support.properties("none", false, false))
                    .contains(entry("jakarta.persistence.schema-generation.database.action", "none"))
                    .doesNotContainKey("hibernate.hbm2ddl.auto");
        }

        @Test
        void shouldValidateTheSchemaItself() {
            assertThat(support.properties("validate", false, false))
                    .contains(entry("hibernate.hbm2ddl.auto", "validate"))
                    .doesNotContainKey("jakarta.persistence.schema-generation.database.action");
            assertThat(support.validatesSchemaItself()).isTrue();
        }

        @Test
        void shouldEchoSqlOnlyWhenAsked() {
            assertThat(support.properties("none", true, false)).contains(entry("hibernate.show_sql", "true"));
            assertThat(support.properties("none", false, false)).contains(entry("hibernate.show_sql", "false"));
        }

        @Test
        void shouldMapNoPropertyForBindValues() {
            assertThat(support.properties("none", true, true)).isEqualTo(support.properties("none", true, false));
        }

        @Test
        void shouldSayThatARollbackDetachesEntities() {
            assertThat(support.detachesOnRollback()).isTrue();
            assertThat(new EclipseLinkSupport().detachesOnRollback()).isFalse();
        }
    }

    @Nested
    class EclipseLink {

        private final EclipseLinkSupport support = new EclipseLinkSupport();

        @Test
        void shouldGenerateNothingAndLeaveValidationToTheSchemaManager() {
            assertThat(support.properties("validate", false, false))
                    .contains(entry("eclipselink.ddl-generation", "none"));
            assertThat(support.validatesSchemaItself()).isFalse();
        }

        @Test
        void shouldHideBindValuesOfEchoedSqlByDefault() {
            assertThat(support.properties("none", true, false))
                    .contains(entry("eclipselink.logging.level.sql", "FINE"))
                    .contains(entry("eclipselink.logging.parameters", "false"));
        }

        @Test
        void shouldShowBindValuesOnlyWhenAsked() {
            assertThat(support.properties("none", true, true))
                    .contains(entry("eclipselink.logging.parameters", "true"));
        }

        @Test
        void shouldLogNeitherSqlNorBindValuesWithoutEcho() {
            assertThat(support.properties("none", false, true))
                    .doesNotContainKey("eclipselink.logging.level.sql")
                    .doesNotContainKey("eclipselink.logging.parameters");
        }
    }
}
