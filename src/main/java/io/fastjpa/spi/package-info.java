/**
 * What integrators can implement to change how FastJPA works with a database, chosen by configuration.
 *
 * <p>{@link io.fastjpa.spi.TransactionStrategy} decides how a unit of work begins, commits and rolls back the
 * transaction of one database's {@code EntityManager}. FastJPA ships two, {@code resource-local} and {@code jta},
 * selected by {@code fastjpa.[<name>.]transactions}; that setting also accepts the class name of an implementation.
 */
package io.fastjpa.spi;
