package io.fastjpa.bench;

import io.fastjpa.Item;
import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The heroes endpoints on FastJPA, as the example writes them: nothing here opens, commits or closes anything. */
@Path("/fast")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FastJpaHeroes {

    @Inject
    EntityManager entityManager;

    @Inject
    Paginator paginator;

    /**
     * @param page the requested page
     * @return one page of heroes, by id
     */
    @GET
    @Path("heroes")
    public Page<Hero> list(@BeanParam PageRequest page) {
        return paginator.page("SELECT h FROM Hero h ORDER BY h.id", Hero.class, page);
    }

    /**
     * @param id the hero's id
     * @return the hero
     */
    @GET
    @Path("heroes/{id}")
    public Item<Hero> get(@PathParam("id") long id) {
        Hero hero = entityManager.find(Hero.class, id);
        if (hero == null) {
            throw new NotFoundException("Hero not found");
        }
        return Item.of(hero);
    }

    /** @return a constant: a request that never uses the database */
    @GET
    @Path("ping")
    public Item<String> ping() {
        return Item.of("pong");
    }
}
