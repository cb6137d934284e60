package io.fastjpa.examples.shop;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The body of {@code POST /products}.
 *
 * @param name the unique name
 * @param priceCents the price in cents
 */
public record NewProduct(String name, @JsonbProperty("price_cents") Integer priceCents) {

    /** @return whether the name is given and the price is at least 0 */
    boolean isValid() {
        return name != null && !name.isBlank() && priceCents != null && priceCents >= 0;
    }

    /** @return a new, unsaved product */
    Product toProduct() {
        return new Product(name.trim(), priceCents);
    }
}
