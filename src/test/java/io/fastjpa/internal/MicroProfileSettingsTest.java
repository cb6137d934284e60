package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings read through MicroProfile Config (SmallRye Config on the test class path) with a config source of the
 * test's own. Each test uses a class loader of its own, so SmallRye builds a fresh configuration for it, and puts a
 * {@code META-INF/fastjpa.properties} of its own on it.
 */
class MicroProfileSettingsTest {

    @TempDir
    Path directory;

    private ClassLoader classLoader;

    @BeforeEach
    void classLoaderWithDefaults() throws IOException {
        Path metaInf = Files.createDirectories(directory.resolve("META-INF"));
        Files.writeString(
                metaInf.resolve("fastjpa.properties"),
                """
                fastjpa.page.max-size=40
                fastjpa.page.default-size=5
                """);
        classLoader = new URLClassLoader(
                new URL[] {directory.toUri().toURL()}, getClass().getClassLoader());
    }

    @AfterEach
    void emptySource() {
        TestConfigSource.VALUES.clear();
    }

    @Test
    void shouldFindMicroProfileConfigWhenPresent() {
        assertThat(Settings.microProfileConfig(classLoader)).isInstanceOf(MicroProfileSettings.class);
    }

    @Test
    void shouldUseAValueFromAConfigSource() {
        TestConfigSource.VALUES.put("fastjpa.analytics.url", "jdbc:h2:mem:analytics");

        Settings settings = Settings.load(classLoader);

        assertThat(settings.get("fastjpa.analytics.url")).hasValue("jdbc:h2:mem:analytics");
        assertThat(DatabaseSettings.read(settings, "analytics").url()).isEqualTo("jdbc:h2:mem:analytics");
    }

    @Test
    void shouldPreferMicroProfileConfigToTheDefaultsFile() {
        TestConfigSource.VALUES.put("fastjpa.page.max-size", "60");

        Settings settings = Settings.load(classLoader);

        assertThat(settings.getInt("fastjpa.page.max-size", 100, 1)).isEqualTo(60);
        assertThat(settings.getInt("fastjpa.page.default-size", 10, 1)).isEqualTo(5);
    }

    @Test
    void shouldKeepTheDefaultsFileAsTheLowestSource() {
        Settings settings = Settings.load(classLoader);

        assertThat(settings.get("fastjpa.page.max-size")).hasValue("40");
    }

    @Test
    void shouldListKeysOfAConfigSourceForNamedDatabasesAndPassThroughProperties() {
        TestConfigSource.VALUES.put("fastjpa.analytics.url", "jdbc:h2:mem:analytics");
        TestConfigSource.VALUES.put("fastjpa.analytics.properties.hibernate.jdbc.batch_size", "20");

        Settings settings = Settings.load(classLoader);

        assertThat(settings.keysStartingWith("fastjpa."))
                .contains("fastjpa.analytics.url", "fastjpa.analytics.properties.hibernate.jdbc.batch_size");
        assertThat(DatabaseSettings.read(settings, "analytics").properties())
                .containsEntry("hibernate.jdbc.batch_size", "20");
    }

    @Test
    void shouldRejectAMisspelledKeyFromAConfigSource() {
        TestConfigSource.VALUES.put("fastjpa.analytics.usr", "app");

        assertThat(KnownSettings.unknownKeys(Settings.load(classLoader)))
                .singleElement()
                .asString()
                .startsWith("FASTJPA-012: unknown setting fastjpa.analytics.usr;");
    }

    @Test
    void shouldSeeSystemPropertiesSetAfterTheConfigurationWasBuilt() {
        Settings.load(classLoader);
        System.setProperty("fastjpa.mp-late.url", "jdbc:h2:mem:late");
        try {
            Settings settings = Settings.load(classLoader);

            assertThat(settings.get("fastjpa.mp-late.url")).hasValue("jdbc:h2:mem:late");
        } finally {
            System.clearProperty("fastjpa.mp-late.url");
        }
        assertThat(Settings.load(classLoader).get("fastjpa.mp-late.url")).isEmpty();
    }

    @Test
    void shouldExpandExpressionsAsMicroProfileConfigDoes() {
        TestConfigSource.VALUES.put("fastjpa.analytics.url", "jdbc:h2:mem:${fastjpa.test.host-name}");
        TestConfigSource.VALUES.put("fastjpa.test.host-name", "analytics");

        assertThat(Settings.load(classLoader).get("fastjpa.analytics.url")).hasValue("jdbc:h2:mem:analytics");
    }
}
