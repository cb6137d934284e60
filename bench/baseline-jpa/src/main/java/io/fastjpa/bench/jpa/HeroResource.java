package io.fastjpa.bench.jpa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * The heroes API written by hand: every method opens its own {@link EntityManager}, runs its work in an explicit
 * transaction (the reads too, as FastJPA does) and closes it.
 */
@Path("/heroes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HeroResource {

    @Inject
    Jpa jpa;

    /**
     * @param offset the first row, from 0
     * @param limit the page size, 1 to 100
     * @return one page of heroes by id, with FastSQLA's meta
     */
    @GET
    public Envelopes.PageBody list(
            @QueryParam("offset") @DefaultValue("0") long offset, @QueryParam("limit") @DefaultValue("10") int limit) {
        if (offset < 0 || offset > Integer.MAX_VALUE || limit < 1 || limit > 100) {
            throw new BadRequestException("offset >= 0, limit 1..100");
        }
        return inTransaction(entityManager -> {
            List<Hero> heroes = entityManager
                    .createQuery("SELECT h FROM Hero h ORDER BY h.id", Hero.class)
                    .setFirstResult((int) offset)
                    .setMaxResults(limit)
                    .getResultList();
            long total = entityManager
                    .createQuery("SELECT COUNT(h) FROM Hero h", Long.class)
                    .getSingleResult();
            return new Envelopes.PageBody(heroes, new Envelopes.Meta(offset, limit, total));
        });
    }

    /**
     * @param id the hero's id
     * @return the hero
     */
    @GET
    @Path("{id}")
    public Envelopes.ItemBody get(@PathParam("id") long id) {
        Hero hero = inTransaction(entityManager -> entityManager.find(Hero.class, id));
        if (hero == null) {
            throw new NotFoundException("Hero not found");
        }
        return new Envelopes.ItemBody(hero);
    }

    /**
     * @param newHero the hero to create
     * @param uriInfo the request's URI, for {@code Location}
     * @return 201 with the hero, 409 when the name is taken
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewHero newHero, @Context UriInfo uriInfo) {
        if (newHero == null || !newHero.isComplete()) {
            throw new WebApplicationException("name, secret_identity and age are required", 422);
        }
        Hero hero = new Hero(newHero.name(), newHero.secretIdentity(), newHero.age());
        try {
            inTransaction(entityManager -> {
                entityManager.persist(hero);
                entityManager.flush();
                return hero;
            });
        } catch (PersistenceException e) {
            throw new WebApplicationException("could not save the hero", 409);
        }
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(hero.getId()))
                        .build())
                .entity(new Envelopes.ItemBody(hero))
                .build();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = jpa.factory().createEntityManager();
        try {
            EntityTransaction transaction = entityManager.getTransaction();
            transaction.begin();
            try {
                T result = work.apply(entityManager);
                transaction.commit();
                return result;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        } finally {
            entityManager.close();
        }
    }
}
