package io.fastjpa.server;

import io.fastjpa.Item;
import io.fastjpa.examples.heroes.Hero;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Deployed with the heroes WAR in the server tests only: endpoints that fail in the ways the acceptance checks need,
 * and ones that tell what the database and the transaction manager saw.
 */
@Path("/probe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    @Inject
    EntityManager entityManager;

    @Inject
    ProbeService service;

    /**
     * @param name a hero's name
     * @return how many heroes have that name, committed
     */
    @GET
    @Path("heroes/count")
    public Item<Long> count(@QueryParam("name") String name) {
        return Item.of(entityManager
                .createQuery("SELECT COUNT(h) FROM Hero h WHERE h.name = :name", Long.class)
                .setParameter("name", name)
                .getSingleResult());
    }

    /**
     * Writes a hero, flushes, then fails: the unit of work must roll the insert back.
     *
     * @param name the hero's name
     * @return never
     */
    @POST
    @Path("heroes/then-throw")
    public Item<Hero> persistThenThrow(@QueryParam("name") String name) {
        entityManager.persist(new Hero(name, "Probe", 1));
        entityManager.flush();
        throw new IllegalStateException("unexpected failure with SECRET internals");
    }

    /**
     * Persists a hero without flushing and answers 201: a duplicate name fails only when the unit of work ends, which
     * must turn the answer into an error.
     *
     * @param name the hero's name
     * @return 201, unless the commit fails
     */
    @POST
    @Path("heroes/unflushed")
    public Response persistUnflushed(@QueryParam("name") String name) {
        entityManager.persist(new Hero(name, "Probe", 1));
        return Response.status(Response.Status.CREATED).entity(Item.of(name)).build();
    }

    /**
     * Persists a hero inside a container-managed transaction ({@code @Transactional}) that the unit joins.
     *
     * @param name the hero's name
     * @return 201
     */
    @POST
    @Path("heroes/in-container-transaction")
    public Response persistInContainerTransaction(@QueryParam("name") String name) {
        service.persist(name);
        return Response.status(Response.Status.CREATED).entity(Item.of(name)).build();
    }

    /**
     * Persists a hero inside a container-managed transaction that then fails.
     *
     * @param name the hero's name
     * @return never
     */
    @POST
    @Path("heroes/in-failing-container-transaction")
    public Item<String> persistInFailingContainerTransaction(@QueryParam("name") String name) {
        service.persistThenFail(name);
        return Item.of(name);
    }

    /**
     * @return the JTA status inside a unit of work that used the EntityManager, and whether it joined a JTA
     *     transaction: {@code {"data":{"jta_status":0,"joined":true}}} under JTA
     * @throws NamingException when the server has no transaction registry
     */
    @GET
    @Path("transaction")
    public Item<Map<String, Object>> transaction() throws NamingException {
        entityManager.find(Hero.class, 1L);
        TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry)
                new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("jta_status", registry.getTransactionStatus());
        seen.put("joined", entityManager.isJoinedToTransaction());
        return Item.of(seen);
    }
}
