package io.fastjpa.internal;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings from MicroProfile Config, the first source {@link Settings} asks. The only class that references the
 * MicroProfile Config API: {@link Settings} loads it only after finding {@code ConfigProvider} on the class path.
 */
final class MicroProfileSettings implements Settings.Source {

    private final Config config;

    private MicroProfileSettings(Config config) {
        this.config = config;
    }

    /**
     * @param classLoader the application's class loader, whose config sources are used
     * @return the application's MicroProfile Config, or empty when the API has no implementation behind it
     */
    static Optional<Settings.Source> of(ClassLoader classLoader) {
        try {
            return Optional.of(new MicroProfileSettings(ConfigProvider.getConfig(classLoader)));
        } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
            // The API without an implementation (ConfigProviderResolver finds none): the other sources remain.
            Messages.LOG.log(Level.FINE, "FASTJPA-017: MicroProfile Config API present but not usable", e);
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> value(String key) {
        try {
            return config.getOptionalValue(key, String.class);
        } catch (NoSuchElementException e) {
            // An expression naming a missing property (${undefined}): the value cannot be shown, it may be secret.
            throw new IllegalArgumentException(
                    "FASTJPA-018: setting " + key + " from MicroProfile Config cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> names(String prefix) {
        Set<String> names = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        return names;
    }
}
