package io.fastjpa.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

/**
 * Which {@code fastjpa.*} keys exist, so that a misspelled one ({@code fastjpa.shcema}) stops the start instead of
 * being ignored. Environment variables are only warned about: the environment is shared with other programs.
 */
final class KnownSettings {

    /** Keys that apply to the application as a whole. */
    static final Set<String> GLOBAL = Set.of("page.default-size", "page.max-size", "page.headers", "read-only-reads");

    /** Keys of a database, after {@code fastjpa.} or {@code fastjpa.<name>.}. */
    static final Set<String> PER_DATABASE = Set.of(
            "url",
            "user",
            "password",
            "provider",
            "entities",
            "scan",
            "schema",
            "echo",
            "echo-parameters",
            "datasource",
            "migrations",
            "transactions",
            "replica",
            "pool.size",
            "pool.timeout",
            "pool.pre-ping",
            "pool.leak-detection");

    private static final String PROPERTIES = "properties.";

    private KnownSettings() {}

    /**
     * @param settings the settings
     * @return one message per unknown written key, naming it and the known ones; empty when all are known
     */
    static List<String> unknownKeys(Settings settings) {
        List<String> problems = new ArrayList<>();
        for (String key : settings.writtenKeysStartingWith(Settings.PREFIX)) {
            if (!isKnown(key.substring(Settings.PREFIX.length()))) {
                problems.add("FASTJPA-012: unknown setting " + key + "; FastJPA knows fastjpa."
                        + String.join(", fastjpa.", sorted(GLOBAL))
                        + ", and per database fastjpa.[<name>.]" + String.join("|", sorted(PER_DATABASE))
                        + " and fastjpa.[<name>.]properties.<provider key>");
            }
        }
        return problems;
    }

    /** Logs a warning for each {@code FASTJPA_*} environment variable that stands for no known key. */
    static void warnAboutUnknownEnvironment(Settings settings) {
        String prefix = Settings.environmentName(Settings.PREFIX);
        for (String name : settings.environmentNamesStartingWith(prefix)) {
            if (!isKnownEnvironment(name.substring(prefix.length()))) {
                Messages.LOG.log(
                        Level.WARNING,
                        "FASTJPA-013: environment variable " + name
                                + " starts with FASTJPA_ but stands for no FastJPA setting; it is ignored");
            }
        }
    }

    private static boolean isKnown(String key) {
        if (GLOBAL.contains(key) || PER_DATABASE.contains(key) || key.startsWith(PROPERTIES)) {
            return true;
        }
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String rest = key.substring(dot + 1);
        return PER_DATABASE.contains(rest) || rest.startsWith(PROPERTIES);
    }

    // FASTJPA_URL, FASTJPA_PAGE_MAX_SIZE, FASTJPA_REPLICA_URL, FASTJPA_PROPERTIES_..., FASTJPA_REPLICA_PROPERTIES_...
    private static boolean isKnownEnvironment(String rest) {
        for (String key : GLOBAL) {
            if (rest.equals(Settings.environmentName(key))) {
                return true;
            }
        }
        for (String key : PER_DATABASE) {
            String suffix = Settings.environmentName(key);
            if (rest.equals(suffix) || (rest.endsWith("_" + suffix) && rest.length() > suffix.length() + 1)) {
                return true;
            }
        }
        return rest.startsWith("PROPERTIES_") || rest.contains("_PROPERTIES_");
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
