package io.fastjpa.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

/**
 * The databases of the application, filled at the end of deployment and closed at shutdown. Reads after start-up are
 * from an unmodifiable map, so the registry is safe to share between threads.
 */
public final class Databases {

    private volatile Map<String, StartedDatabase> started = Map.of();

    void started(Map<String, StartedDatabase> databases) {
        this.started = Map.copyOf(new LinkedHashMap<>(databases));
    }

    /**
     * @param name a database's name
     * @return the database its read-only units of work read from: its replica when it has one, else itself
     */
    String forReading(String name) {
        StartedDatabase database = started.get(name);
        return database == null ? name : database.settings().replica().orElse(name);
    }

    StartedDatabase get(String name) {
        StartedDatabase database = started.get(name);
        if (database == null) {
            throw new IllegalArgumentException(Messages.unknownDatabase(name, started.keySet()));
        }
        return database;
    }

    boolean contains(String name) {
        return started.containsKey(name);
    }

    Set<String> names() {
        return started.keySet();
    }

    void closeAll() {
        for (StartedDatabase database : started.values()) {
            try {
                if (database.factory().isOpen()) {
                    database.factory().close();
                }
            } catch (RuntimeException e) {
                Messages.LOG.log(Level.WARNING, "FASTJPA-052: closing database '" + database.name() + "' failed", e);
            }
            // After the factory, which may still give connections back to the pool while it closes.
            database.connections().close();
        }
        started = Map.of();
    }
}
