package io.fastjpa.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A MicroProfile Config source registered through {@code META-INF/services}, empty unless a test fills it; ordinal
 * 500, above system properties (400) and environment variables (300).
 */
public final class TestConfigSource implements ConfigSource {

    static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "fastjpa-test";
    }

    @Override
    public int getOrdinal() {
        return 500;
    }
}
