/** Full-stack tests: Weld SE + Jersey (jersey-cdi2-se) on Grizzly over a real port, EclipseLink, H2. */
package io.fastjpa.stack;
