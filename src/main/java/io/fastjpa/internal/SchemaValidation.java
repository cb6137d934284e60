package io.fastjpa.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;

/**
 * Schema validation through Jakarta Persistence 3.2's {@code SchemaManager}. Loaded only when a database asks for
 * {@code schema=validate} with a provider that does not validate by itself, so that FastJPA also runs on Jakarta
 * Persistence 3.1 (Jakarta EE 10 servers).
 */
final class SchemaValidation {

    private SchemaValidation() {}

    /**
     * @return what does not match, or {@code null} when the schema matches the entities
     * @throws UnsupportedOperationException when the provider cannot validate
     */
    static String problems(EntityManagerFactory factory) {
        try {
            factory.getSchemaManager().validate();
            return null;
        } catch (SchemaValidationException e) {
            StringBuilder problems = new StringBuilder("the schema does not match the entities: ");
            problems.append(e.getMessage() == null ? "" : firstLine(e.getMessage()));
            for (Exception failure : e.getFailures()) {
                problems.append("; ").append(failure.getMessage() == null ? failure : firstLine(failure.getMessage()));
            }
            return problems.toString();
        }
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
