package io.fastjpa.examples.shop;

import io.fastjpa.Database;
import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The audit log, in the database named {@code audit}, which has no replica: its GETs read it directly. */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    @Database("audit")
    Paginator auditPages;

    /**
     * {@code GET /audit?offset=0&limit=10}.
     *
     * @param page the requested page
     * @return one page of audit events, oldest first
     */
    @GET
    public Page<AuditEvent> list(@BeanParam PageRequest page) {
        return auditPages.page("SELECT e FROM AuditEvent e ORDER BY e.id", AuditEvent.class, page);
    }
}
