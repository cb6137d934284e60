/**
 * Container tests: the extension, the interceptor and the session lifecycle in a real Weld SE container with
 * EclipseLink on a fresh in-memory H2 database per test, without Jakarta REST. Every test class is a
 * {@link io.fastjpa.container.FastJpaContainerTest} and checks the database through its own JDBC connection, which sees
 * committed rows only.
 */
package io.fastjpa.container;
