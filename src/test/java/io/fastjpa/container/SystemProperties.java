package io.fastjpa.container;

import java.util.LinkedHashMap;
import java.util.Map;

/** System properties set for the duration of a test and cleared afterwards, whatever happened. */
final class SystemProperties implements AutoCloseable {

    private final Map<String, String> properties;

    private SystemProperties(Map<String, String> properties) {
        this.properties = properties;
    }

    /**
     * @param properties the properties to set
     * @return a handle that clears them again
     */
    static SystemProperties set(Map<String, String> properties) {
        properties.forEach(System::setProperty);
        return new SystemProperties(new LinkedHashMap<>(properties));
    }

    @Override
    public void close() {
        properties.keySet().forEach(System::clearProperty);
    }
}
