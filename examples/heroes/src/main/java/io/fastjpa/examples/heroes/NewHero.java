package io.fastjpa.examples.heroes;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The body of {@code POST /heroes}, FastSQLA's {@code HeroBase}.
 *
 * @param name the unique name
 * @param secretIdentity the secret identity
 * @param age the age
 */
public record NewHero(String name, @JsonbProperty("secret_identity") String secretIdentity, Integer age) {

    /** @return whether every field is present */
    boolean isComplete() {
        return name != null && !name.isBlank() && secretIdentity != null && !secretIdentity.isBlank() && age != null;
    }

    /** @return a new, unsaved hero */
    Hero toHero() {
        return new Hero(name, secretIdentity, age);
    }
}
