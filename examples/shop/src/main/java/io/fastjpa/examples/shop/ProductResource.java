package io.fastjpa.examples.shop;

import io.fastjpa.Database;
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

/**
 * The products. The GETs are read-only units of work, so with {@code fastjpa.replica=reader} they read from the
 * database named {@code reader}; the POST is a read-write unit over the default database and {@code audit}, committed
 * on both or on neither.
 */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    EntityManager entityManager;

    @Inject
    Paginator paginator;

    @Inject
    @Database("audit")
    EntityManager audit;

    /**
     * {@code GET /products?offset=0&limit=10}.
     *
     * @param page the requested page
     * @return one page of products, by id
     */
    @GET
    public Page<Product> list(@BeanParam PageRequest page) {
        return paginator.page("SELECT p FROM Product p ORDER BY p.id", Product.class, page);
    }

    /**
     * {@code GET /products/{id}}.
     *
     * @param id the product's id
     * @return the product
     * @throws NotFoundException (404) when there is no such product
     */
    @GET
    @Path("{id}")
    public Item<Product> get(@PathParam("id") long id) {
        Product product = entityManager.find(Product.class, id);
        if (product == null) {
            throw new NotFoundException("Product not found");
        }
        return Item.of(product);
    }

    /**
     * {@code POST /products}: 201 with the new product and an audit event; 409, and no audit event either, when the
     * name is taken; 422 when the body is incomplete.
     *
     * @param newProduct the product to create
     * @param uriInfo the request's URI, for the {@code Location} header
     * @return the created product
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewProduct newProduct, @Context UriInfo uriInfo) {
        if (newProduct == null || !newProduct.isValid()) {
            throw new WebApplicationException("name and a price_cents of at least 0 are required", 422);
        }
        // The audit event first: when the product then fails, the unit of work rolls back both databases.
        audit.persist(new AuditEvent("product-created", newProduct.name().trim()));
        Product product = newProduct.toProduct();
        entityManager.persist(product);
        // Flushing now assigns the id for the Location header; a duplicate name fails here and is answered 409.
        entityManager.flush();
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(product.getId()))
                        .build())
                .entity(Item.of(product))
                .build();
    }
}
