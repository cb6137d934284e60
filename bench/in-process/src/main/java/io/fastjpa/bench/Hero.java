package io.fastjpa.bench;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The heroes example's entity, the same for both sides of every benchmark. */
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

    /** For JPA. */
    protected Hero() {}

    /**
     * @param name the unique name
     * @param secretIdentity who it really is
     * @param age in years
     */
    public Hero(String name, String secretIdentity, int age) {
        this.name = name;
        this.secretIdentity = secretIdentity;
        this.age = age;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @return the secret identity */
    @JsonbProperty("secret_identity")
    public String getSecretIdentity() {
        return secretIdentity;
    }

    /** @return the age */
    public int getAge() {
        return age;
    }
}
