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
    }

    @Nested
    class Hibernate {

        private final HibernateSupport support = new HibernateSupport();

        @Test
        void shouldAddMissingTablesToAnExistingSchemaOnCreate() {
            assertThat(support.properties("create", false)).contains(entry("hibernate.hbm2ddl.auto", "update"));
        }

        @Test
        void shouldUseTheStandardActionForDropAndCreateAndNone() {
            assertThat(support.properties("drop-and-create", false))
                    .contains(entry("jakarta.persistence.schema-generation.database.action", "drop-and-create"))
                    .doesNotContainKey("hibernate.hbm2ddl.auto");
            assertThat(support.properties("none", false))
                    .contains(entry("jakarta.persistence.schema-generation.database.action", "none"))
                    .doesNotContainKey("hibernate.hbm2ddl.auto");
        }

        @Test
        void shouldEchoSqlOnlyWhenAsked() {
            assertThat(support.properties("none", true)).contains(entry("hibernate.show_sql", "true"));
            assertThat(support.properties("none", false)).contains(entry("hibernate.show_sql", "false"));
        }

        @Test
        void shouldSayThatARollbackDetachesEntities() {
            assertThat(support.detachesOnRollback()).isTrue();
            assertThat(new EclipseLinkSupport().detachesOnRollback()).isFalse();
        }
    }
}
