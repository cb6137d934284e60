package io.fastjpa.stack;

import io.fastjpa.Item;
import io.fastjpa.UnitOfWork;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicReference;

/** Resource methods exercising every unit-of-work rule over HTTP. */
@Path("/gadgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GadgetResource {

    /** The provider's EntityManager behind the last request that asked for it, to check it was closed. */
    static final AtomicReference<EntityManager> LAST_ENTITY_MANAGER = new AtomicReference<>();

    @Inject
    EntityManager entityManager;

    @Inject
    GadgetService service;

    @POST
    public Response create(@QueryParam("name") String name) {
        Gadget gadget = new Gadget(name);
        entityManager.persist(gadget);
        return Response.status(201).entity(Item.of(gadget)).build();
    }

    @POST
    @Path("then-throw")
    public Response createThenThrow(@QueryParam("name") String name) {
        insert(name);
        throw new IllegalStateException("unexpected failure with SECRET internals");
    }

    @POST
    @Path("then-bad-request")
    public Response createThenBadRequest(@QueryParam("name") String name) {
        insert(name);
        throw new BadRequestException("rejected after the insert");
    }

    @POST
    @Path("then-mapped-to-ok")
    public Response createThenMappedToOk(@QueryParam("name") String name) {
        insert(name);
        throw new ToleratedException();
    }

    @POST
    @Path("tolerated")
    @UnitOfWork(dontRollbackOn = ToleratedException.class)
    public Response createTolerated(@QueryParam("name") String name) {
        insert(name);
        throw new ToleratedException();
    }

    @POST
    @Path("error-response")
    public Response createThenErrorResponse(@QueryParam("name") String name) {
        insert(name);
        return Response.status(422).build();
    }

    @POST
    @Path("unflushed")
    public Response createUnflushed(@QueryParam("name") String name) {
        Gadget gadget = new Gadget(name);
        entityManager.persist(gadget); // a duplicate name fails only at commit, after this method returned
        return Response.status(201).entity(Item.of(gadget)).build();
    }

    @POST
    @Path("through-service")
    @UnitOfWork(enabled = false)
    public Response createThroughService(@QueryParam("name") String name) {
        return Response.status(201).entity(Item.of(service.create(name))).build();
    }

    @POST
    @Path("through-failing-service")
    @UnitOfWork(enabled = false)
    public Response createThroughFailingService(@QueryParam("name") String name) {
        try {
            service.createThenFail(name);
        } catch (IllegalStateException expected) {
            // the service's own unit of work has rolled back
        }
        return Response.ok("{}").build();
    }

    @GET
    @Path("write-in-get")
    public Response writeInGet(@QueryParam("name") String name) {
        entityManager.persist(new Gadget(name));
        return Response.ok("{}").build();
    }

    @GET
    @Path("{id}/rename-in-get")
    public Item<Gadget> renameInGet(@PathParam("id") long id, @QueryParam("name") String name) {
        Gadget gadget = entityManager.find(Gadget.class, id);
        gadget.setName(name);
        return Item.of(gadget);
    }

    @GET
    @Path("write-allowed")
    @UnitOfWork
    public Response writeAllowedInGet(@QueryParam("name") String name) {
        insert(name);
        return Response.ok("{}").build();
    }

    @GET
    @Path("drawers/{id}")
    public Item<Drawer> drawer(@PathParam("id") long id) {
        LAST_ENTITY_MANAGER.set(providerEntityManager());
        return Item.of(entityManager.find(Drawer.class, id));
    }

    @GET
    @Path("unserializable")
    public Item<Object> unserializable() {
        LAST_ENTITY_MANAGER.set(providerEntityManager());
        entityManager.find(Gadget.class, 1L);
        return Item.of(new Object() {
            public String getBroken() {
                throw new IllegalStateException("cannot serialize");
            }
        });
    }

    // getDelegate() is the provider's own EntityManager on both EclipseLink and Hibernate; EclipseLink cannot unwrap
    // to EntityManager.
    private EntityManager providerEntityManager() {
        return (EntityManager) entityManager.getDelegate();
    }

    private void insert(String name) {
        entityManager.persist(new Gadget(name));
        entityManager.flush();
    }
}
