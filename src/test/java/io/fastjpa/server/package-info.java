/**
 * The heroes WAR on real Jakarta EE servers (WildFly, WildFly Preview, GlassFish 7 and 8, Payara Micro), deployed by
 * Arquillian managed containers and checked over HTTP, also for listening on loopback addresses only. Run by the
 * server profiles ({@code -Pwildfly}, {@code -Pwildfly-preview}, {@code -Pglassfish7}, {@code -Pglassfish8},
 * {@code -Ppayara}, or {@code -Dservers} for all), never by the standalone executions.
 */
package io.fastjpa.server;
