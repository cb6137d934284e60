package io.fastjpa.stack;

import io.fastjpa.ItemList;
import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import io.fastjpa.UnitOfWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Reads and writes gadgets through the default database's beans, for a run with {@code fastjpa.replica} set. */
@Path("/replica/gadgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReplicaResource {

    @Inject
    EntityManager entityManager;

    @Inject
    Paginator paginator;

    /** A GET: read-only, so it reads from the replica. */
    @GET
    public ItemList<String> names() {
        return ItemList.of(entityManager
                .createQuery("SELECT g.name FROM Gadget g ORDER BY g.name", String.class)
                .getResultList());
    }

    @GET
    @Path("page")
    public Page<Gadget> page(@BeanParam PageRequest page) {
        return paginator.page("SELECT g FROM Gadget g ORDER BY g.name", Gadget.class, page);
    }

    /** A GET with an explicit unit of work is read-write: it reads from the primary. */
    @GET
    @Path("primary")
    @UnitOfWork
    public ItemList<String> namesOnPrimary() {
        return names();
    }

    @POST
    public Response add(@QueryParam("name") String name) {
        entityManager.persist(new Gadget(name));
        return Response.status(201).build();
    }

    /** A change in a GET fails loudly, before anything reaches either database. */
    @GET
    @Path("{name}/rename")
    public ItemList<String> renameOnGet(@PathParam("name") String name, @QueryParam("to") String to) {
        Gadget gadget = entityManager
                .createQuery("SELECT g FROM Gadget g WHERE g.name = :name", Gadget.class)
                .setParameter("name", name)
                .getSingleResult();
        gadget.setName(to);
        return ItemList.of(java.util.List.of(to));
    }
}
