/** Integration with Jersey, loaded only when Jersey is the Jakarta REST runtime. Not API. */
package io.fastjpa.internal.jersey;
