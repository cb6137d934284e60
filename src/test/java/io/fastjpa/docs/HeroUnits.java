package io.fastjpa.docs;

import io.fastjpa.Item;
import io.fastjpa.ItemList;
import io.fastjpa.UnitOfWork;
import io.fastjpa.examples.heroes.Hero;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Units of work on resource methods, as the reference shows them. */
@Path("/docs/units")
@Produces(MediaType.APPLICATION_JSON)
public class HeroUnits {

    @Inject
    EntityManager entityManager;

    // tag::read-only-violation[]
    @GET
    @Path("{id}/rename")
    public Item<Hero> renameOnGet(@PathParam("id") long id, @QueryParam("name") String name) {
        Hero hero = find(id);
        hero.setName(name); // a GET is read-only: answered 500, nothing is saved
        return Item.of(hero);
    }
    // end::read-only-violation[]

    // tag::write-on-get[]
    @GET
    @Path("{id}/birthday")
    @UnitOfWork // explicit: this GET may write
    public Item<Hero> birthday(@PathParam("id") long id) {
        Hero hero = find(id);
        hero.setAge(hero.getAge() + 1);
        return Item.of(hero);
    }
    // end::write-on-get[]

    // tag::read-only-post[]
    @POST
    @Path("search")
    @UnitOfWork(readOnly = true)
    public ItemList<Hero> search(@QueryParam("name") String name) {
        return ItemList.of(entityManager
                .createQuery("SELECT h FROM Hero h WHERE h.name LIKE :name ORDER BY h.id", Hero.class)
                .setParameter("name", "%" + name + "%")
                .getResultList());
    }
    // end::read-only-post[]

    // tag::disabled[]
    @GET
    @Path("ping")
    @Produces(MediaType.TEXT_PLAIN)
    @UnitOfWork(enabled = false)
    public String ping() {
        return "pong";
    }
    // end::disabled[]

    private Hero find(long id) {
        Hero hero = entityManager.find(Hero.class, id);
        if (hero == null) {
            throw new NotFoundException("Hero not found");
        }
        return hero;
    }
}
