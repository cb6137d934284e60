/**
 * The code the documentation in {@code docs/} shows, compiled against the real API. Each shown region is delimited by
 * {@code // tag::name[]} and {@code // end::name[]}; {@link io.fastjpa.docs.DocsSnippetsTest} checks that the
 * markdown quotes it exactly. No class here is a CDI bean or an entity, so the other tests' containers never see them.
 */
package io.fastjpa.docs;
