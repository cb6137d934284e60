/**
 * Schema migrations with Flyway at start-up, before a database's EntityManagerFactory: {@code FlywayMigrations}, the
 * only class of FastJPA that references Flyway, is loaded only after {@link io.fastjpa.internal.migration.Migrations}
 * found Flyway on the class path. Not API.
 */
package io.fastjpa.internal.migration;
