package io.fastjpa.stack;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.List;

/** Holds gadgets in a lazy collection: serializing it needs the EntityManager after the commit. */
@Entity
@Table(name = "stack_drawer")
public class Drawer {

    @Id
    private Long id;

    private String label;

    @OneToMany(mappedBy = "drawer")
    @OrderBy("name")
    private List<Gadget> gadgets;

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public List<Gadget> getGadgets() {
        return gadgets;
    }
}
