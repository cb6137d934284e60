package io.fastjpa.container;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity on a table that only a Flyway migration creates ({@code db/fastjpa-migrations-test/notes}). */
@Entity
@Table(name = "MG_NOTE")
public class Note {

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "TEXT", nullable = false, length = 100)
    private String text;

    protected Note() {}

    public Note(long id, String text) {
        this.id = id;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }
}
