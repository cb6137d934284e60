/**
 * Connection pools: HikariCP when it is on the class path ({@code HikariPools}, the only class that references it,
 * loaded only then), otherwise the persistence provider's own pool, configured with the same settings where the
 * provider has an equivalent. Not API.
 */
package io.fastjpa.internal.pool;
