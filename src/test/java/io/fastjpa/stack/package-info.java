/**
 * Full-stack tests: Weld SE + Jersey (jersey-cdi2-se) on Grizzly over a real port, on H2, PostgreSQL or MariaDB with
 * EclipseLink or Hibernate.
 */
package io.fastjpa.stack;
