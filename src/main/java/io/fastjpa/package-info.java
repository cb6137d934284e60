/**
 * FastJPA's API: a request-scoped {@link jakarta.persistence.EntityManager}, units of work and pagination for Jakarta
 * REST applications on Jakarta Persistence.
 *
 * <p>Add the jar, {@code @Inject EntityManager} in a resource, take a {@code @BeanParam PageRequest} and return a
 * {@link io.fastjpa.Page}. Every resource method runs in a {@link io.fastjpa.UnitOfWork}: committed when it succeeds,
 * rolled back when it fails, before the response is written. Work outside requests goes through
 * {@link io.fastjpa.Transactor}.
 *
 * <p>Only the types of this package are API. {@code io.fastjpa.internal} and its sub-packages may change at any time.
 */
package io.fastjpa;
