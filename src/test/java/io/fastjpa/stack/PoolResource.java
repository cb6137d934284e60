package io.fastjpa.stack;

import io.fastjpa.Item;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Resource methods for the pool tests: one holds a connection until the test lets it go. */
@Path("/pool")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PoolResource {

    /** The latches between a test and the request that holds a connection. */
    static final class Gate {
        /** Counted down once the request's transaction has written, and so holds a connection. */
        final CountDownLatch holding = new CountDownLatch(1);
        /** Counted down by the test to let the request return and commit. */
        final CountDownLatch release = new CountDownLatch(1);
    }

    private static final AtomicReference<Gate> GATE = new AtomicReference<>(new Gate());

    /** @return a new gate, used by the next request to {@code /pool/hold} */
    static Gate newGate() {
        Gate gate = new Gate();
        GATE.set(gate);
        return gate;
    }

    @Inject
    EntityManager entityManager;

    @POST
    @Path("hold")
    public Response createAndHold(@QueryParam("name") String name) throws InterruptedException {
        Gate gate = GATE.get();
        Gadget gadget = new Gadget(name);
        entityManager.persist(gadget);
        entityManager.flush(); // the transaction now has the connection until it commits
        gate.holding.countDown();
        if (!gate.release.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test did not release the connection within 20 seconds");
        }
        return Response.status(201).entity(Item.of(gadget)).build();
    }

    @GET
    @Path("count")
    public Item<Map<String, Long>> count() {
        long gadgets = entityManager
                .createQuery("select count(g) from Gadget g", Long.class)
                .getSingleResult();
        return Item.of(Map.of("gadgets", gadgets));
    }
}
