package io.fastjpa.internal.migration;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates with Flyway. The only class of FastJPA that references Flyway; {@link Migrations} loads it only after
 * checking that Flyway is on the class path.
 */
final class FlywayMigrations {

    private FlywayMigrations() {}

    static Migrations.Result migrate(
            List<String> locations,
            DataSource connections,
            String url,
            String user,
            String password,
            ClassLoader classLoader) {
        FluentConfiguration configuration = Flyway.configure(classLoader)
                .locations(locations.toArray(String[]::new))
                // A misspelled location must stop the start, not leave the schema silently unmigrated.
                .failOnMissingLocations(true);
        configuration = connections != null
                ? configuration.dataSource(connections)
                : configuration.dataSource(url, user, password);
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        if (!result.success) {
            throw new IllegalStateException("Flyway reported the migration as failed");
        }
        MigrationInfo current = flyway.info().current();
        String version = current == null || current.getVersion() == null
                ? "empty"
                : current.getVersion().getVersion();
        return new Migrations.Result(result.migrationsExecuted, version);
    }
}
