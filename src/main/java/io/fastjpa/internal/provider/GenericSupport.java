package io.fastjpa.internal.provider;

import jakarta.persistence.EntityManager;
import java.util.Map;

/** Standard properties only, for providers FastJPA has no specific knowledge of. */
final class GenericSupport implements ProviderSupport {

    @Override
    public Map<String, String> properties(String schema, boolean echo, boolean echoParameters) {
        // The standard action has no "validate": FastJPA then calls the JPA 3.2 SchemaManager instead.
        return Map.of(
                "jakarta.persistence.schema-generation.database.action", schema.equals("validate") ? "none" : schema);
    }

    @Override
    public boolean hasPendingChanges(EntityManager entityManager) {
        return false;
    }
}
