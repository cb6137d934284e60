package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Nested
    class Get {

        @Test
        void shouldPreferASystemPropertyOverTheEnvironmentAndTheDefaults() {
            Settings settings = new Settings(
                    Map.of("fastjpa.url", "jdbc:system"),
                    Map.of("FASTJPA_URL", "jdbc:environment"),
                    defaults("fastjpa.url", "jdbc:defaults"));

            assertThat(settings.get("fastjpa.url")).hasValue("jdbc:system");
        }

        @Test
        void shouldPreferTheEnvironmentOverTheDefaults() {
            Settings settings = new Settings(
                    Map.of(), Map.of("FASTJPA_URL", "jdbc:environment"), defaults("fastjpa.url", "jdbc:defaults"));

            assertThat(settings.get("fastjpa.url")).hasValue("jdbc:environment");
        }

        @Test
        void shouldFallBackToTheDefaultsFile() {
            Settings settings = new Settings(Map.of(), Map.of(), defaults("fastjpa.url", "jdbc:defaults"));

            assertThat(settings.get("fastjpa.url")).hasValue("jdbc:defaults");
        }

        @Test
        void shouldBeEmptyWhenNoSourceHasTheKey() {
            Settings settings = new Settings(Map.of("other", "x"), Map.of("OTHER", "y"), defaults("other", "z"));

            assertThat(settings.get("fastjpa.url")).isEmpty();
        }

        @Test
        void shouldLookTheEnvironmentUpUnderItsVariableName() {
            Settings settings = new Settings(Map.of(), Map.of("fastjpa.url", "jdbc:dotted"), new Properties());

            assertThat(settings.get("fastjpa.url")).isEmpty();
        }

        @Test
        void shouldTrimValues() {
            Settings settings = new Settings(Map.of("fastjpa.user", "  sa \t"), Map.of(), new Properties());

            assertThat(settings.get("fastjpa.user")).hasValue("sa");
        }

        @Test
        void shouldTreatABlankValueAsUnset() {
            Settings settings = new Settings(Map.of("fastjpa.user", "   "), Map.of(), defaults("fastjpa.password", ""));

            assertThat(settings.get("fastjpa.user")).isEmpty();
            assertThat(settings.get("fastjpa.password")).isEmpty();
        }

        // As in MicroProfile Config 2.0: an empty value in a higher source removes the key, so -Dfastjpa.user= wins.
        @Test
        void shouldLetABlankValueUnsetTheKeyForLowerSources() {
            Settings settings = new Settings(
                    Map.of("fastjpa.user", ""), Map.of("FASTJPA_USER", "sa"), defaults("fastjpa.user", "x"));

            assertThat(settings.get("fastjpa.user")).isEmpty();
        }
    }

    @Nested
    class EnvironmentName {

        @Test
        void shouldUpperCaseAndReplaceDotsAndDashes() {
            assertThat(Settings.environmentName("fastjpa.page.max-size")).isEqualTo("FASTJPA_PAGE_MAX_SIZE");
        }

        @Test
        void shouldMapANamedDatabaseKey() {
            assertThat(Settings.environmentName("fastjpa.replica.url")).isEqualTo("FASTJPA_REPLICA_URL");
        }

        @Test
        void shouldKeepDigitsAndMapATrailingDot() {
            assertThat(Settings.environmentName("fastjpa.db2.")).isEqualTo("FASTJPA_DB2_");
        }
    }

    @Nested
    class GetInt {

        @Test
        void shouldParseTheValue() {
            Settings settings = new Settings(Map.of("fastjpa.page.max-size", " 250 "), Map.of(), new Properties());

            assertThat(settings.getInt("fastjpa.page.max-size", 100, 1)).isEqualTo(250);
        }

        @Test
        void shouldUseTheDefaultWhenUnsetOrBlank() {
            Settings settings = new Settings(Map.of("fastjpa.page.max-size", " "), Map.of(), new Properties());

            assertThat(settings.getInt("fastjpa.page.max-size", 100, 1)).isEqualTo(100);
            assertThat(settings.getInt("fastjpa.page.default-size", 10, 1)).isEqualTo(10);
        }

        @Test
        void shouldAcceptTheMinimum() {
            Settings settings = new Settings(Map.of(), Map.of("FASTJPA_PAGE_MAX_SIZE", "1"), new Properties());

            assertThat(settings.getInt("fastjpa.page.max-size", 100, 1)).isEqualTo(1);
        }

        @Test
        void shouldNameTheKeyAndValueOfANonNumber() {
            Settings settings = new Settings(Map.of("fastjpa.page.max-size", "lots"), Map.of(), new Properties());

            assertThatThrownBy(() -> settings.getInt("fastjpa.page.max-size", 100, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.page.max-size='lots' is not valid;"
                            + " allowed: a whole number of at least 1");
        }

        @Test
        void shouldNameTheKeyAndValueOfANumberBelowTheMinimum() {
            Settings settings = new Settings(Map.of(), Map.of(), defaults("fastjpa.page.max-size", "0"));

            assertThatThrownBy(() -> settings.getInt("fastjpa.page.max-size", 100, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.page.max-size='0' is not valid;"
                            + " allowed: a whole number of at least 1");
        }

        @Test
        void shouldRejectANumberTooLargeForAnInt() {
            Settings settings = new Settings(Map.of("fastjpa.pool.size", "2147483648"), Map.of(), new Properties());

            assertThatThrownBy(() -> settings.getInt("fastjpa.pool.size", 10, 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("FASTJPA-002: setting fastjpa.pool.size='2147483648'");
        }
    }

    @Nested
    class GetBoolean {

        @Test
        void shouldParseTrueAndFalseInAnyCase() {
            Settings settings = new Settings(
                    Map.of("fastjpa.echo", "TRUE", "fastjpa.read-only-reads", " False "), Map.of(), new Properties());

            assertThat(settings.getBoolean("fastjpa.echo", false)).isTrue();
            assertThat(settings.getBoolean("fastjpa.read-only-reads", true)).isFalse();
        }

        @Test
        void shouldUseTheDefaultWhenUnset() {
            Settings settings = new Settings(Map.of(), Map.of(), new Properties());

            assertThat(settings.getBoolean("fastjpa.read-only-reads", true)).isTrue();
            assertThat(settings.getBoolean("fastjpa.echo", false)).isFalse();
        }

        @Test
        void shouldNameTheKeyAndValueOfANonBoolean() {
            Settings settings = new Settings(Map.of(), Map.of("FASTJPA_ECHO", "yes"), new Properties());

            assertThatThrownBy(() -> settings.getBoolean("fastjpa.echo", false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("FASTJPA-002: setting fastjpa.echo='yes' is not valid; allowed: true or false");
        }
    }

    @Nested
    class KeysStartingWith {

        @Test
        void shouldMergeAllSourcesSorted() {
            Settings settings = new Settings(
                    Map.of("fastjpa.properties.b", "1", "other.key", "x"),
                    Map.of("FASTJPA_PROPERTIES_C", "2", "PATH", "/bin"),
                    defaults("fastjpa.properties.a", "3"));

            assertThat(settings.keysStartingWith("fastjpa.properties."))
                    .containsExactly("fastjpa.properties.a", "fastjpa.properties.b", "fastjpa.properties.c");
        }

        @Test
        void shouldMapEnvironmentNamesBackToKeys() {
            Settings settings = new Settings(
                    Map.of(), Map.of("FASTJPA_PROPERTIES_ECLIPSELINK_LOGGING_LEVEL", "FINE"), new Properties());

            assertThat(settings.keysStartingWith("fastjpa.properties."))
                    .containsExactly("fastjpa.properties.eclipselink.logging.level");
            assertThat(settings.get("fastjpa.properties.eclipselink.logging.level"))
                    .hasValue("FINE");
        }

        @Test
        void shouldListAKeySetInSeveralSourcesOnce() {
            Settings settings = new Settings(
                    Map.of("fastjpa.replica.url", "jdbc:a"),
                    Map.of("FASTJPA_REPLICA_URL", "jdbc:b"),
                    defaults("fastjpa.replica.url", "jdbc:c"));

            assertThat(settings.keysStartingWith("fastjpa.")).containsExactly("fastjpa.replica.url");
        }

        @Test
        void shouldBeEmptyWhenNothingMatches() {
            Settings settings = new Settings(Map.of("fastjpa.url", "x"), Map.of("FASTJPA_URL", "y"), new Properties());

            assertThat(settings.keysStartingWith("fastjpa.properties.")).isEmpty();
        }
    }

    private static Properties defaults(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
