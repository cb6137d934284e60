package io.fastjpa.examples.shop;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product of the shop, in the default database; its table comes from the migration {@code V1__create_product}. */
@Entity
@Table(name = "product")
@JsonbPropertyOrder({"id", "name", "priceCents"})
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "price_cents", nullable = false)
    @JsonbProperty("price_cents")
    private int priceCents;

    /** For JPA and JSON-B. */
    public Product() {}

    /**
     * Creates a product that is not saved yet.
     *
     * @param name the unique name
     * @param priceCents the price in cents, at least 0
     */
    public Product(String name, int priceCents) {
        this.name = name;
        this.priceCents = priceCents;
    }

    /** @return the generated id, null before the product is saved */
    public Long getId() {
        return id;
    }

    /** @return the unique name */
    public String getName() {
        return name;
    }

    /** @return the price in cents */
    @JsonbProperty("price_cents")
    public int getPriceCents() {
        return priceCents;
    }
}
