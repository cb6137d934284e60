package io.fastjpa.container;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The child of {@link Shelf}. */
@Entity
@Table(name = "CT_BOOK")
public class Book {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "SHELF_ID")
    private Shelf shelf;

    protected Book() {}

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
