package io.fastjpa.examples.heroes;

import io.fastjpa.Item;
import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** FastSQLA's heroes API. Every method runs in a unit of work: nothing here opens, commits or closes anything. */
@Path("/heroes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HeroResource {

    @Inject
    EntityManager entityManager;

    @Inject
    Paginator paginator;

    /**
     * {@code GET /heroes?offset=10&limit=10}.
     *
     * @param page the requested page
     * @return one page of heroes, by id
     */
    @GET
    public Page<Hero> list(@BeanParam PageRequest page) {
        return paginator.page("SELECT h FROM Hero h ORDER BY h.id", Hero.class, page);
    }

    /**
     * {@code GET /heroes/{id}}.
     *
     * @param id the hero's id
     * @return the hero
     * @throws NotFoundException (404) when there is no such hero
     */
    @GET
    @Path("{id}")
    public Item<Hero> get(@PathParam("id") long id) {
        Hero hero = entityManager.find(Hero.class, id);
        if (hero == null) {
            throw new NotFoundException("Hero not found");
        }
        return Item.of(hero);
    }

    /**
     * {@code POST /heroes}: 201 with the new hero, 409 when the name is taken.
     *
     * @param newHero the hero to create
     * @param uriInfo the request's URI, for the {@code Location} header
     * @return the created hero
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewHero newHero, @Context UriInfo uriInfo) {
        if (newHero == null || !newHero.isComplete()) {
            throw new WebApplicationException("name, secret_identity and age are required", 422);
        }
        Hero hero = newHero.toHero();
        entityManager.persist(hero);
        // Flushing now assigns the id for the Location header; a duplicate name fails here and is answered 409.
        entityManager.flush();
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(hero.getId()))
                        .build())
                .entity(Item.of(hero))
                .build();
    }
}
