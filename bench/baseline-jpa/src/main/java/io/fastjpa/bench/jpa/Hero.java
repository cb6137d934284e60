package io.fastjpa.bench.jpa;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The heroes example's entity, mapped to the same {@code hero} table and written as the same JSON. */
@Entity
@Table(name = "hero")
@JsonbPropertyOrder({"name", "secretIdentity", "age", "id"})
public class Hero {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "secret_identity", nullable = false)
    @JsonbProperty("secret_identity")
    private String secretIdentity;

    @Column(nullable = false)
    private int age;

    /** For JPA and JSON-B. */
    public Hero() {}

    /**
     * @param name the unique name
     * @param secretIdentity the secret identity
     * @param age the age
     */
    public Hero(String name, String secretIdentity, int age) {
        this.name = name;
        this.secretIdentity = secretIdentity;
        this.age = age;
    }

    /** @return the generated id, null before the hero is saved */
    public Long getId() {
        return id;
    }

    /** @return the unique name */
    public String getName() {
        return name;
    }

    /** @param name the unique name */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the secret identity */
    @JsonbProperty("secret_identity")
    public String getSecretIdentity() {
        return secretIdentity;
    }

    /** @param secretIdentity the secret identity */
    @JsonbProperty("secret_identity")
    public void setSecretIdentity(String secretIdentity) {
        this.secretIdentity = secretIdentity;
    }

    /** @return the age */
    public int getAge() {
        return age;
    }

    /** @param age the age */
    public void setAge(int age) {
        this.age = age;
    }
}
