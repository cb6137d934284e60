package io.fastjpa.examples.shop;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * What happened in the shop, in the database named {@code audit}; its table comes from that database's migration
 * {@code V1__create_audit_event}, which also sets {@code occurred_at}.
 */
@Entity
@Table(name = "audit_event")
@JsonbPropertyOrder({"id", "action", "subject", "occurredAt"})
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(nullable = false, length = 200)
    private String subject;

    // Set by the database's default when the row is inserted.
    @Column(name = "occurred_at", insertable = false, updatable = false)
    private LocalDateTime occurredAt;

    /** For JPA and JSON-B. */
    public AuditEvent() {}

    /**
     * Creates an event that is not saved yet.
     *
     * @param action what happened, for example {@code product-created}
     * @param subject what it happened to
     */
    public AuditEvent(String action, String subject) {
        this.action = action;
        this.subject = subject;
    }

    /** @return the generated id, null before the event is saved */
    public Long getId() {
        return id;
    }

    /** @return what happened */
    public String getAction() {
        return action;
    }

    /** @return what it happened to */
    public String getSubject() {
        return subject;
    }

    /** @return when it was saved, by the database's clock; null before it is read back */
    @JsonbProperty("occurred_at")
    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }
}
