/**
 * What FastJPA does differently per persistence provider. A provider's class here is loaded only when that provider
 * is the one in use. Not API.
 */
package io.fastjpa.internal.provider;
