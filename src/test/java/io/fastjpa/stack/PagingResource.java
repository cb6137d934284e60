package io.fastjpa.stack;

import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.PageSize;
import io.fastjpa.Paginator;
import io.fastjpa.Sortable;
import io.fastjpa.TotalMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** One endpoint per query shape the paginator must count right. */
@Path("/paging")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PagingResource {

    @Inject
    Paginator paginator;

    @Inject
    EntityManager entityManager;

    @GET
    @Path("plain")
    public Page<Gadget> plain(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g ORDER BY g.name", Gadget.class, page);
    }

    @GET
    @Path("named-parameter")
    public Page<Gadget> namedParameter(@QueryParam("prefix") String prefix, @BeanParam PageRequest page) {
        return paginator.page(
                "SELECT g FROM Gadget g WHERE g.name LIKE :prefix ORDER BY g.name",
                Gadget.class,
                Map.of("prefix", prefix + "%"),
                page);
    }

    @GET
    @Path("positional-parameter")
    public Page<Gadget> positionalParameter(@QueryParam("prefix") String prefix, @BeanParam PageRequest page) {
        return paginator.page(
                "SELECT g FROM Gadget g WHERE g.name LIKE ?1 AND g.id > ?2 ORDER BY g.name",
                Gadget.class,
                List.of(prefix + "%", 0L),
                page);
    }

    @GET
    @Path("join")
    public Page<Gadget> join(@BeanParam PageRequest page) {
        return paginator.page(
                "SELECT g FROM Drawer d JOIN d.gadgets g WHERE d.label <> 'order by' ORDER BY g.name",
                Gadget.class,
                page);
    }

    @GET
    @Path("join-rows")
    public Page<String> joinRows(@BeanParam PageRequest page) {
        // One row per (drawer, gadget): the total counts rows, as the page query returns them. A value, not the
        // drawer: Hibernate removes repeated entities from the results of a query that joins a collection.
        return paginator.page(
                "SELECT d.label FROM Drawer d JOIN d.gadgets g ORDER BY d.id, g.name", String.class, page);
    }

    @GET
    @Path("fetch-join")
    public Page<Gadget> fetchJoin(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g JOIN FETCH g.drawer ORDER BY g.name", Gadget.class, page);
    }

    @GET
    @Path("left-fetch-join")
    public Page<Gadget> leftFetchJoin(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g LEFT JOIN FETCH g.drawer ORDER BY g.name", Gadget.class, page);
    }

    @GET
    @Path("distinct")
    public Page<Drawer> distinct(@BeanParam PageRequest page) {
        return paginator.page("SELECT DISTINCT d FROM Drawer d JOIN d.gadgets g ORDER BY d.id", Drawer.class, page);
    }

    @GET
    @Path("left-join")
    public Page<Drawer> leftJoin(@BeanParam PageRequest page) {
        return paginator.page(
                "SELECT DISTINCT d FROM Drawer d LEFT JOIN d.gadgets g ORDER BY d.id", Drawer.class, page);
    }

    @GET
    @Path("group-by")
    public Page<Object[]> groupBy(@BeanParam PageRequest page) {
        return paginator.page(
                "SELECT d.label, COUNT(g) FROM Drawer d JOIN d.gadgets g GROUP BY d.label HAVING COUNT(g) > 1"
                        + " ORDER BY d.label",
                Object[].class,
                page);
    }

    @GET
    @Path("subquery")
    public Page<Drawer> subquery(@BeanParam PageRequest page) {
        return paginator.page(
                "SELECT d FROM Drawer d WHERE (SELECT COUNT(g) FROM Gadget g WHERE g.drawer = d) >= 5 ORDER BY d.id",
                Drawer.class,
                page);
    }

    @GET
    @Path("dto")
    public Page<GadgetView> dto(@BeanParam PageRequest page) {
        return paginator.page(
                "SELECT NEW io.fastjpa.stack.GadgetView(g.id, g.name) FROM Gadget g ORDER BY g.name",
                GadgetView.class,
                page);
    }

    @GET
    @Path("mapped")
    public Page<String> mapped(@BeanParam PageRequest page) {
        return paginator
                .page("SELECT g FROM Gadget g ORDER BY g.name", Gadget.class, page)
                .map(Gadget::getName);
    }

    @GET
    @Path("criteria")
    public Page<Gadget> criteria(@QueryParam("prefix") String prefix, @BeanParam PageRequest page) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Gadget> query = builder.createQuery(Gadget.class);
        Root<Gadget> gadget = query.from(Gadget.class);
        query.select(gadget)
                .where(builder.like(gadget.get("name"), prefix + "%"))
                .orderBy(builder.asc(gadget.get("name")));
        return paginator.page(query, page);
    }

    @GET
    @Path("criteria-distinct")
    public Page<Drawer> criteriaDistinct(@BeanParam PageRequest page) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Drawer> query = builder.createQuery(Drawer.class);
        Root<Drawer> drawer = query.from(Drawer.class);
        Join<Drawer, Gadget> gadgets = drawer.join("gadgets");
        query.select(drawer)
                .distinct(true)
                .where(builder.isNotNull(gadgets.get("name")))
                .orderBy(builder.asc(drawer.get("id")));
        return paginator.page(query, page);
    }

    @GET
    @Path("explicit-count")
    public Page<Gadget> explicitCount(@BeanParam PageRequest page) {
        return paginator.page(
                entityManager.createQuery("SELECT g FROM Gadget g ORDER BY g.name", Gadget.class),
                entityManager.createQuery("SELECT COUNT(g) FROM Gadget g", Long.class),
                page);
    }

    @GET
    @Path("sorted")
    @Sortable({"name", "drawer=drawer.label"})
    public Page<Gadget> sorted(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g WHERE g.name <> 'x'", Gadget.class, page);
    }

    @GET
    @Path("sorted-in-drawers")
    @Sortable({"drawer=drawer.label"})
    public Page<Gadget> sortedInDrawers(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g WHERE g.drawer IS NOT NULL", Gadget.class, page);
    }

    @GET
    @Path("sorted-with-own-order")
    @Sortable(
            value = {"drawer=drawer.label"},
            tieBreaker = "")
    public Page<Gadget> sortedWithOwnOrder(@BeanParam PageRequest page) {
        return paginator.page(
                "SELECT g FROM Gadget g WHERE g.drawer IS NOT NULL ORDER BY g.name DESC", Gadget.class, page);
    }

    @GET
    @Path("sorted-criteria")
    @Sortable({"name", "drawer=drawer.label"})
    public Page<Gadget> sortedCriteria(@BeanParam PageRequest page) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Gadget> query = builder.createQuery(Gadget.class);
        query.select(query.from(Gadget.class));
        return paginator.page(query, page);
    }

    @GET
    @Path("uncounted")
    @PageSize(total = TotalMode.NONE)
    public Page<Gadget> uncounted(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g ORDER BY g.name", Gadget.class, page);
    }

    @GET
    @Path("small-pages")
    @PageSize(defaultSize = 2, max = 3)
    public Page<Gadget> smallPages(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g ORDER BY g.name", Gadget.class, page);
    }
}
