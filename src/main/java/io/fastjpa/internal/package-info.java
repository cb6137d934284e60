/**
 * FastJPA's implementation: the CDI extension, the unit-of-work interceptor, the request-scoped sessions and the
 * persistence unit bootstrap. Not API: anything here may change in any release.
 */
package io.fastjpa.internal;
