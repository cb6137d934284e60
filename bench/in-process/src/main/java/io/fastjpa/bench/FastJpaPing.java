package io.fastjpa.bench;

import io.fastjpa.Item;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A FastJPA endpoint that has an {@code EntityManager} injected but never uses it: its request opens nothing. The
 * other FastJPA endpoints of the benchmark are the heroes example's own.
 */
@Path("/ping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FastJpaPing {

    @Inject
    EntityManager entityManager;

    /** @return a constant */
    @GET
    public Item<String> ping() {
        return Item.of("pong");
    }
}
