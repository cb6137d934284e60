package io.fastjpa.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place FastJPA reads settings from: MicroProfile Config when it is on the class path, then system properties,
 * then environment variables ({@code fastjpa.url} is {@code FASTJPA_URL}), then the application's defaults in
 * {@code META-INF/fastjpa.properties}.
 */
public final class Settings {

    /** A source asked before the others: MicroProfile Config when present. */
    interface Source {

        /** No such source. */
        Source NONE = new Source() {
            @Override
            public Optional<String> value(String key) {
                return Optional.empty();
            }

            @Override
            public Set<String> names(String prefix) {
                return Set.of();
            }
        };

        /** @return the value of a key, empty when the source has none */
        Optional<String> value(String key);

        /** @return the names the source knows that start with a prefix */
        Set<String> names(String prefix);
    }

    private static final String MICROPROFILE_CONFIG = "org.eclipse.microprofile.config.ConfigProvider";

    /** Prefix of every key. */
    public static final String PREFIX = "fastjpa.";

    private static final String DEFAULTS_FILE = "META-INF/fastjpa.properties";

    private final Source first;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Properties defaults;

    Settings(Map<String, String> systemProperties, Map<String, String> environment, Properties defaults) {
        this(Source.NONE, systemProperties, environment, defaults);
    }

    Settings(Source first, Map<String, String> systemProperties, Map<String, String> environment, Properties defaults) {
        this.first = first;
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.defaults = defaults;
    }

    /**
     * Reads the settings visible to a class loader.
     *
     * @param classLoader where {@code META-INF/fastjpa.properties} is looked up
     * @return the settings
     */
    public static Settings load(ClassLoader classLoader) {
        Map<String, String> system = new java.util.HashMap<>();
        System.getProperties().forEach((key, value) -> system.put(String.valueOf(key), String.valueOf(value)));
        return new Settings(microProfileConfig(classLoader), system, System.getenv(), readDefaults(classLoader));
    }

    // Detected, not required: MicroProfileSettings, the only class referencing the API, is loaded only when present.
    static Source microProfileConfig(ClassLoader classLoader) {
        if (!OptionalClasses.present(MICROPROFILE_CONFIG, classLoader)) {
            return Source.NONE;
        }
        return MicroProfileSettings.of(classLoader).orElse(Source.NONE);
    }

    // Several files may be visible (library, application); the application's comes first on the class path, and the
    // first file that sets a key wins.
    private static Properties readDefaults(ClassLoader classLoader) {
        Properties merged = new Properties();
        try {
            Enumeration<URL> files = classLoader.getResources(DEFAULTS_FILE);
            for (URL file : Collections.list(files)) {
                Properties properties = new Properties();
                try (InputStream in = file.openStream()) {
                    properties.load(in);
                }
                properties.forEach(merged::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FASTJPA-009: cannot read " + DEFAULTS_FILE, e);
        }
        return merged;
    }

    /**
     * Looks a setting up.
     *
     * @param key the full key, for example {@code fastjpa.url}
     * @return the trimmed value, empty when unset or blank
     */
    public Optional<String> get(String key) {
        String value = first.value(key).orElse(null);
        if (value == null) {
            value = systemProperties.get(key);
        }
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        if (value == null) {
            value = defaults.getProperty(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * Looks an integer setting up.
     *
     * @param key the full key
     * @param defaultValue the value when unset
     * @param minimum the smallest allowed value
     * @return the value
     * @throws IllegalArgumentException naming the key when the value is not an integer of at least {@code minimum}
     */
    public int getInt(String key, int defaultValue, int minimum) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(
                Messages.invalidValue(key, raw.get(), "a whole number of at least " + minimum));
    }

    /**
     * Looks a boolean setting up.
     *
     * @param key the full key
     * @param defaultValue the value when unset
     * @return the value
     * @throws IllegalArgumentException naming the key when the value is neither {@code true} nor {@code false}
     */
    public boolean getBoolean(String key, boolean defaultValue) {
        Optional<String> raw = get(key);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String value = raw.get().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(Messages.invalidValue(key, raw.get(), "true or false"));
    }

    /**
     * All keys, from every source, that start with a prefix; environment variables are turned back into keys.
     *
     * @param prefix for example {@code fastjpa.properties.}
     * @return the matching keys, sorted
     */
    public Set<String> keysStartingWith(String prefix) {
        Set<String> keys = writtenKeysStartingWith(prefix);
        String environmentPrefix = environmentName(prefix);
        environment.keySet().stream()
                .filter(k -> k.startsWith(environmentPrefix))
                .map(k -> k.toLowerCase(Locale.ROOT).replace('_', '.'))
                .forEach(keys::add);
        return keys;
    }

    /**
     * Keys set in MicroProfile Config, as system properties or in {@code META-INF/fastjpa.properties} that start with
     * a prefix, exactly as written (environment variables excluded).
     *
     * @param prefix for example {@code fastjpa.}
     * @return the keys, sorted
     */
    public Set<String> writtenKeysStartingWith(String prefix) {
        Set<String> keys = new TreeSet<>();
        // MicroProfile Config's environment source lists variables under their own names, left out here.
        first.names(prefix).stream().filter(k -> !environment.containsKey(k)).forEach(keys::add);
        systemProperties.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        defaults.stringPropertyNames().stream()
                .filter(k -> k.startsWith(prefix))
                .forEach(keys::add);
        return keys;
    }

    /**
     * Environment variables whose names start with a prefix.
     *
     * @param prefix for example {@code FASTJPA_}
     * @return the variables' names, sorted
     */
    public Set<String> environmentNamesStartingWith(String prefix) {
        Set<String> names = new TreeSet<>();
        environment.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(names::add);
        return names;
    }

    /**
     * The environment variable that stands for a key: upper case, every character other than a letter or digit
     * replaced by {@code _}.
     *
     * @param key the key
     * @return the variable's name
     */
    public static String environmentName(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }
}
