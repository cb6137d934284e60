package io.fastjpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class KnownSettingsTest {

    private static Settings written(Map<String, String> system, Map<String, String> file) {
        Properties defaults = new Properties();
        defaults.putAll(file);
        return new Settings(system, Map.of(), defaults);
    }

    @Test
    void shouldAcceptEveryDocumentedKey() {
        Settings settings = written(
                Map.of(
                        "fastjpa.url", "jdbc:h2:mem:x",
                        "fastjpa.page.max-size", "50",
                        "fastjpa.page.headers", "true",
                        "fastjpa.replica.url", "jdbc:h2:mem:y",
                        "fastjpa.replica.schema", "none",
                        "other.key", "ignored"),
                Map.of(
                        "fastjpa.properties.eclipselink.logging.level", "FINE",
                        "fastjpa.replica.properties.hibernate.jdbc.batch_size", "20",
                        "fastjpa.read-only-reads", "false",
                        "fastjpa.echo", "true"));

        assertThat(KnownSettings.unknownKeys(settings)).isEmpty();
    }

    @Test
    void shouldAcceptEchoParametersForEveryDatabase() {
        Settings settings =
                written(Map.of("fastjpa.echo-parameters", "true"), Map.of("fastjpa.replica.echo-parameters", "false"));

        assertThat(KnownSettings.unknownKeys(settings)).isEmpty();
    }

    @Test
    void shouldAcceptTheReplicaKeyOfEveryDatabase() {
        Settings settings = written(
                Map.of("fastjpa.replica", "replica", "fastjpa.replica.url", "jdbc:h2:mem:y"),
                Map.of("fastjpa.orders.replica", "orders-copy"));

        assertThat(KnownSettings.unknownKeys(settings)).isEmpty();
    }

    @Test
    void shouldNameAMisspelledKeyAndWhatIsKnown() {
        Settings settings = written(Map.of("fastjpa.shcema", "create"), Map.of("fastjpa.replica.usr", "app"));

        assertThat(KnownSettings.unknownKeys(settings))
                .hasSize(2)
                .anySatisfy(
                        message -> assertThat(message).startsWith("FASTJPA-012: unknown setting fastjpa.replica.usr;"))
                .anySatisfy(message -> assertThat(message)
                        .startsWith("FASTJPA-012: unknown setting fastjpa.shcema;")
                        .contains("fastjpa.page.max-size")
                        .contains("url|user"));
    }

    @Test
    void shouldOnlyWarnAboutTheEnvironment() {
        Settings settings = new Settings(
                Map.of(),
                Map.of(
                        "FASTJPA_SHCEMA",
                        "create",
                        "FASTJPA_REPLICA_URL",
                        "jdbc:h2:mem:y",
                        "FASTJPA_PAGE_MAX_SIZE",
                        "5",
                        "FASTJPA_REPLICA",
                        "replica",
                        "FASTJPA_ORDERS_REPLICA",
                        "orders-copy"),
                new Properties());

        assertThat(KnownSettings.unknownKeys(settings)).isEmpty();
        List<String> messages = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Messages.LOG.addHandler(recorder);
        try {
            KnownSettings.warnAboutUnknownEnvironment(settings);
        } finally {
            Messages.LOG.removeHandler(recorder);
        }
        assertThat(messages)
                .containsExactly("FASTJPA-013: environment variable FASTJPA_SHCEMA starts with FASTJPA_ but stands"
                        + " for no FastJPA setting; it is ignored");
    }
}
