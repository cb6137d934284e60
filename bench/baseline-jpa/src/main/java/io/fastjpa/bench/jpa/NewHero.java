package io.fastjpa.bench.jpa;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The body of {@code POST /heroes}.
 *
 * @param name the unique name
 * @param secretIdentity the secret identity
 * @param age the age
 */
public record NewHero(String name, @JsonbProperty("secret_identity") String secretIdentity, Integer age) {

    boolean isComplete() {
        return name != null && !name.isBlank() && secretIdentity != null && !secretIdentity.isBlank() && age != null;
    }
}
