package io.fastjpa.bench;

import io.fastjpa.UnitOfWork;
import io.fastjpa.examples.heroes.Hero;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Function;

/**
 * The same endpoints and JSON written by hand on the same EntityManagerFactory and pool: an EntityManager and a
 * transaction per request, parameters parsed and checked by hand, the envelope as JSON-B records. FastJPA's unit of
 * work is switched off here, so nothing of FastJPA runs in these requests.
 */
@Path("/hand")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@UnitOfWork(enabled = false)
public class HandWrittenHeroes {

    /** The page envelope. */
    @JsonbPropertyOrder({"data", "meta"})
    public record PageBody(List<Hero> data, Meta meta) {}

    /** The page's counts, named as FastSQLA names them. */
    @JsonbPropertyOrder({"offset", "totalItems", "totalPages", "pageNumber"})
    public record Meta(
            long offset,
            @JsonbProperty("total_items") long totalItems,
            @JsonbProperty("total_pages") long totalPages,
            @JsonbProperty("page_number") long pageNumber) {}

    /**
     * The one-item envelope.
     *
     * @param <T> the item's type
     */
    public record ItemBody<T>(T data) {}

    @Inject
    EntityManagerFactory factory;

    /**
     * @param offsetText the {@code offset} parameter
     * @param limitText the {@code limit} parameter
     * @return one page of heroes, by id
     */
    @GET
    @Path("heroes")
    public PageBody list(@QueryParam("offset") String offsetText, @QueryParam("limit") String limitText) {
        long offset = parse("offset", offsetText, 0, 0, Integer.MAX_VALUE - 100);
        int limit = (int) parse("limit", limitText, 10, 1, 100);
        return inTransaction(entityManager -> {
            List<Hero> rows = entityManager
                    .createQuery("SELECT h FROM Hero h ORDER BY h.id", Hero.class)
                    .setFirstResult((int) offset)
                    .setMaxResults(limit)
                    .getResultList();
            long total = rows.size() < limit && (!rows.isEmpty() || offset == 0)
                    ? offset + rows.size()
                    : entityManager
                            .createQuery("SELECT COUNT(h) FROM Hero h", Long.class)
                            .getSingleResult();
            long pages = (total + limit - 1) / limit;
            return new PageBody(rows, new Meta(offset, total, pages, offset / limit + 1));
        });
    }

    /**
     * @param id the hero's id
     * @return the hero
     */
    @GET
    @Path("heroes/{id}")
    public ItemBody<Hero> get(@PathParam("id") long id) {
        Hero hero = inTransaction(entityManager -> entityManager.find(Hero.class, id));
        if (hero == null) {
            throw new NotFoundException("Hero not found");
        }
        return new ItemBody<>(hero);
    }

    /** @return a constant: a request that never uses the database */
    @GET
    @Path("ping")
    public ItemBody<String> ping() {
        return new ItemBody<>("pong");
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
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

    private static long parse(String name, String text, long absent, long min, long max) {
        if (text == null) {
            return absent;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException(name + " must be between " + min + " and " + max);
    }
}
