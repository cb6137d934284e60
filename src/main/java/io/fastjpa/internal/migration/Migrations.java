package io.fastjpa.internal.migration;

import io.fastjpa.internal.OptionalClasses;
import java.util.List;
import javax.sql.DataSource;

/** Runs a database's migrations. References no Flyway class, so it loads without Flyway. */
public final class Migrations {

    private static final String FLYWAY = "org.flywaydb.core.Flyway";

    private Migrations() {}

    /** What a migration run did. */
    public record Result(int applied, String schemaVersion) {}

    /**
     * @return whether Flyway can be loaded by FastJPA's class loader, which is the one that resolves
     *     {@code FlywayMigrations}' references
     */
    public static boolean flywayPresent() {
        return OptionalClasses.present(FLYWAY, Migrations.class.getClassLoader());
    }

    /**
     * Applies the pending migrations found in {@code locations}. Call only when {@link #flywayPresent()}.
     *
     * @param locations Flyway locations, such as {@code classpath:db/migration}
     * @param connections where to connect: the database's pool, or {@code null} to connect with url, user, password
     * @param url the JDBC URL, used when {@code connections} is {@code null}
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     * @param classLoader the application's class loader, which finds {@code classpath:} locations and the driver
     * @return how many migrations were applied and the schema version after them
     * @throws RuntimeException Flyway's failure when a migration fails or a location names nothing
     */
    public static Result migrate(
            List<String> locations,
            DataSource connections,
            String url,
            String user,
            String password,
            ClassLoader classLoader) {
        return FlywayMigrations.migrate(locations, connections, url, user, password, classLoader);
    }
}
