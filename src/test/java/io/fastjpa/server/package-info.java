/**
 * The heroes WAR on real Jakarta EE servers (WildFly, GlassFish, Payara), deployed by Arquillian managed containers
 * and checked over HTTP. Run by the server profiles ({@code -Pwildfly}, {@code -Pglassfish7}, ... or {@code -Dservers}
 * for all), never by the standalone executions.
 */
package io.fastjpa.server;
