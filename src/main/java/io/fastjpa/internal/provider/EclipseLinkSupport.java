package io.fastjpa.internal.provider;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.sessions.UnitOfWork;

/** EclipseLink: no weaving, quiet logs, DDL that tolerates existing tables, and a real dirty check. */
final class EclipseLinkSupport implements ProviderSupport {

    @Override
    public Map<String, String> properties(String schema, boolean echo, boolean echoParameters) {
        Map<String, String> properties = new HashMap<>();
        // Weaving needs an agent or a transformer hook FastJPA does not install.
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level", "WARNING");
        if (echo) {
            properties.put("eclipselink.logging.level.sql", "FINE");
            // Bind values may be personal data or secrets: shown only when asked for.
            properties.put("eclipselink.logging.parameters", Boolean.toString(echoParameters));
        }
        // EclipseLink's own DDL modes: "create" must work on a database whose tables already exist. Neither they nor
        // the standard action has "validate": FastJPA then generates nothing and calls the JPA 3.2 SchemaManager.
        switch (schema) {
            case "create" -> properties.put("eclipselink.ddl-generation", "create-or-extend-tables");
            case "drop-and-create" -> properties.put("eclipselink.ddl-generation", "drop-and-create-tables");
            default -> properties.put("eclipselink.ddl-generation", "none");
        }
        properties.put("eclipselink.ddl-generation.output-mode", "database");
        return properties;
    }

    // The server platform gives EclipseLink the container's transaction manager, which a JTA unit needs.
    @Override
    public Map<String, String> jtaProperties(String server) {
        return switch (server) {
            case "glassfish" -> Map.of("eclipselink.target-server", "Glassfish");
            case "wildfly" -> Map.of("eclipselink.target-server", "WildFly");
            default -> Map.of();
        };
    }

    @Override
    public boolean hasPendingChanges(EntityManager entityManager) {
        UnitOfWork unitOfWork = entityManager.unwrap(UnitOfWork.class);
        return unitOfWork != null && unitOfWork.hasChanges();
    }
}
