package io.fastjpa.docs;

import io.fastjpa.Item;
import io.fastjpa.ItemList;
import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.PageSize;
import io.fastjpa.Paginator;
import io.fastjpa.Sortable;
import io.fastjpa.TotalMode;
import io.fastjpa.examples.heroes.Hero;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Pagination and the JSON wrappers, as the reference shows them. */
@Path("/docs/heroes")
@Produces(MediaType.APPLICATION_JSON)
public class HeroPages {

    // tag::injection[]
    @Inject
    EntityManager entityManager;

    @Inject
    Paginator paginator;
    // end::injection[]

    // tag::jpql[]
    @GET
    public Page<Hero> list(@BeanParam PageRequest page) {
        return paginator.page("SELECT h FROM Hero h ORDER BY h.id", Hero.class, page);
    }
    // end::jpql[]

    // tag::parameters[]
    @GET
    @Path("older")
    public Page<Hero> olderThan(@QueryParam("age") int age, @BeanParam PageRequest page) {
        return paginator.page(
                "SELECT h FROM Hero h WHERE h.age > :age ORDER BY h.name", Hero.class, Map.of("age", age), page);
    }
    // end::parameters[]

    // tag::criteria[]
    @GET
    @Path("young")
    public Page<Hero> young(@BeanParam PageRequest page) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Hero> query = builder.createQuery(Hero.class);
        Root<Hero> hero = query.from(Hero.class);
        query.where(builder.lessThan(hero.get("age"), 35)).orderBy(builder.asc(hero.get("id")));
        return paginator.page(query, page);
    }
    // end::criteria[]

    // tag::explicit-count[]
    @GET
    @Path("ages")
    public Page<AgeGroup> ages(@BeanParam PageRequest page) {
        TypedQuery<AgeGroup> groups = entityManager.createQuery(
                "SELECT NEW io.fastjpa.docs.AgeGroup(h.age, COUNT(h)) FROM Hero h GROUP BY h.age ORDER BY h.age",
                AgeGroup.class);
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(DISTINCT h.age) FROM Hero h", Long.class);
        return paginator.page(groups, count, page);
    }
    // end::explicit-count[]

    // tag::page-size[]
    @GET
    @Path("summaries")
    @PageSize(defaultSize = 5, max = 500)
    public Page<HeroSummary> summaries(@BeanParam PageRequest page) {
        return paginator
                .page("SELECT h FROM Hero h ORDER BY h.id", Hero.class, page)
                .map(HeroSummary::of);
    }
    // end::page-size[]

    // tag::item[]
    @GET
    @Path("{id}")
    public Item<Hero> get(@PathParam("id") long id) {
        Hero hero = entityManager.find(Hero.class, id);
        if (hero == null) {
            throw new NotFoundException("Hero not found");
        }
        return Item.of(hero);
    }
    // end::item[]

    // tag::item-list[]
    @GET
    @Path("oldest")
    public ItemList<Hero> oldest() {
        List<Hero> heroes = entityManager
                .createQuery("SELECT h FROM Hero h ORDER BY h.age DESC, h.id", Hero.class)
                .setMaxResults(3)
                .getResultList();
        return ItemList.of(heroes);
    }
    // end::item-list[]

    // tag::sortable[]
    @GET
    @Path("sorted")
    @Sortable({"name", "age", "secret_identity=secretIdentity"})
    public Page<Hero> sorted(@BeanParam PageRequest page) {
        return paginator.page("SELECT h FROM Hero h", Hero.class, page); // ?sort=-age,name
    }
    // end::sortable[]

    // tag::uncounted[]
    @GET
    @Path("feed")
    @PageSize(total = TotalMode.NONE)
    public Page<Hero> feed(@BeanParam PageRequest page) {
        return paginator.page("SELECT h FROM Hero h ORDER BY h.id DESC", Hero.class, page);
    }
    // end::uncounted[]
}
