/**
 * FastJPA's Jakarta REST providers: the unit-of-work filters, the {@code Page}/{@code Item}/{@code ItemList} and
 * problem writers, the exception mappers. Enabled by {@link io.fastjpa.FastJpaFeature}. Not API.
 */
package io.fastjpa.internal.jaxrs;
