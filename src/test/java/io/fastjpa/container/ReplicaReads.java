package io.fastjpa.container;

import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import io.fastjpa.UnitOfWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Pages the default database's tags through the injected {@link Paginator}, in units of work of both kinds. */
@ApplicationScoped
class ReplicaReads {

    @Inject
    Paginator paginator;

    @UnitOfWork(readOnly = true)
    Page<Tag> readOnlyPage() {
        return page();
    }

    @UnitOfWork
    Page<Tag> readWritePage() {
        return page();
    }

    private Page<Tag> page() {
        return paginator.page("select t from Tag t order by t.name", Tag.class, PageRequest.of(0, 10));
    }
}
