package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource({
            "postgres://app:secret@db.example:6543/shop, jdbc:postgresql://db.example:6543/shop",
            "postgresql://app:secret@db.example/shop, jdbc:postgresql://db.example:5432/shop",
            "mysql://app:secret@127.0.0.1/shop, jdbc:mysql://127.0.0.1:3306/shop",
            "mariadb://app:secret@127.0.0.1:3307/shop, jdbc:mariadb://127.0.0.1:3307/shop",
            "POSTGRES://app:secret@h/shop?sslmode=require, jdbc:postgresql://h:5432/shop?sslmode=require"
        })
        void shouldTurnPlatformUrlsIntoJdbc(String url, String jdbc) {
            DatabaseUrl parsed = DatabaseUrl.parse(url);

            assertThat(parsed.jdbcUrl()).isEqualTo(jdbc);
            assertThat(parsed.user()).hasValue("app");
            assertThat(parsed.password()).hasValue("secret");
        }

        @Test
        void shouldDecodeEscapedCredentials() {
            DatabaseUrl parsed = DatabaseUrl.parse("postgres://us%40er:p%3Ass%2Fw+rd@host/db");

            assertThat(parsed.user()).hasValue("us@er");
            assertThat(parsed.password()).hasValue("p:ss/w+rd");
        }

        @Test
        void shouldAcceptAUserWithoutPasswordAndNoCredentials() {
            assertThat(DatabaseUrl.parse("postgres://postgres@127.0.0.1/test").password())
                    .isEmpty();
            DatabaseUrl anonymous = DatabaseUrl.parse("postgres://127.0.0.1/test");
            assertThat(anonymous.user()).isEmpty();
            assertThat(anonymous.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        }

        @Test
        void shouldKeepJdbcUrlsAsTheyAre() {
            DatabaseUrl parsed = DatabaseUrl.parse("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");

            assertThat(parsed.jdbcUrl()).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
            assertThat(parsed.user()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"oracle://u:hunter2@h/db", "postgres://u:hunter2@h", "postgres:///db", "not a url :hunter2"})
        void shouldRefuseOtherFormsWithoutShowingThePassword(String url) {
            assertThatThrownBy(() -> DatabaseUrl.parse(url))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FASTJPA-002")
                    .hasMessageContaining("DATABASE_URL")
                    .hasMessageNotContaining("hunter2");
        }

        @Test
        void shouldNotPrintThePassword() {
            assertThat(DatabaseUrl.parse("postgres://app:hunter2@h/db").toString())
                    .doesNotContain("hunter2");
        }
    }

    @Nested
    class InSettings {

        private DatabaseSettings read(Map<String, String> environment, Map<String, String> system) {
            return DatabaseSettings.read(new Settings(system, environment, new Properties()), "default");
        }

        @Test
        void shouldUseDatabaseUrlForTheDefaultDatabase() {
            DatabaseSettings settings = read(Map.of("DATABASE_URL", "postgres://app:secret@h:1/db"), Map.of());

            assertThat(settings.url()).isEqualTo("jdbc:postgresql://h:1/db");
            assertThat(settings.user()).hasValue("app");
            assertThat(settings.password()).hasValue("secret");
        }

        @Test
        void shouldPreferFastJpaSettingsOverDatabaseUrl() {
            DatabaseSettings settings = read(
                    Map.of("DATABASE_URL", "postgres://app:secret@h:1/db", "FASTJPA_USER", "other"),
                    Map.of("fastjpa.url", "jdbc:h2:mem:explicit"));

            assertThat(settings.url()).isEqualTo("jdbc:h2:mem:explicit");
            assertThat(settings.user()).isEqualTo(Optional.of("other"));
            assertThat(settings.password()).isEmpty();
        }

        @Test
        void shouldAcceptPlatformFormsInFastJpaUrlToo() {
            DatabaseSettings settings = read(Map.of("FASTJPA_URL", "mariadb://root@127.0.0.1/test"), Map.of());

            assertThat(settings.url()).isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
            assertThat(settings.user()).hasValue("root");
        }

        @Test
        void shouldIgnoreDatabaseUrlForNamedDatabases() {
            Settings settings = new Settings(Map.of(), Map.of("DATABASE_URL", "postgres://h/db"), new Properties());

            assertThatThrownBy(() -> DatabaseSettings.read(settings, "replica")).hasMessageContaining("FASTJPA-001");
        }
    }
}
