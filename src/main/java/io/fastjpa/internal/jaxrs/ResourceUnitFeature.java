package io.fastjpa.internal.jaxrs;

import io.fastjpa.PageRequest;
import io.fastjpa.internal.Messages;
import io.fastjpa.internal.UnitPolicy;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Level;

/**
 * Binds, per resource method and once at deployment, the unit-of-work filters (unless {@code @UnitOfWork(enabled =
 * false)}) and, for methods taking a {@link PageRequest}, the page parameter check.
 */
public final class ResourceUnitFeature implements DynamicFeature {

    /** Request filters: after authentication and authorization, so rejected requests never begin a unit. */
    static final int BEGIN_PRIORITY = Priorities.USER;

    /**
     * Response filters run in descending priority: the commit runs first, so other response filters (logging,
     * metrics) see the final status.
     */
    static final int END_PRIORITY = Priorities.USER + 4000;

    /** Before the unit begins: a bad page parameter never opens a transaction. */
    static final int PAGE_CHECK_PRIORITY = Priorities.USER - 100;

    /** After the commit (response filters run in descending priority): links describe what was committed. */
    static final int PAGE_LINKS_PRIORITY = Priorities.USER;

    private final boolean readOnlyReads;
    private final PageBounds globalBounds;
    private final boolean pageHeaders;

    /**
     * @param readOnlyReads whether GET and HEAD methods without an explicit {@code @UnitOfWork} are read-only
     * @param globalBounds the global page sizes
     * @param pageHeaders whether paginated responses get {@code Link} and {@code X-Total-Count} headers
     */
    public ResourceUnitFeature(boolean readOnlyReads, PageBounds globalBounds, boolean pageHeaders) {
        this.readOnlyReads = readOnlyReads;
        this.globalBounds = globalBounds;
        this.pageHeaders = pageHeaders;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> resourceClass = resourceInfo.getResourceClass();
        UnitPolicy policy = UnitPolicy.forResourceMethod(method, resourceClass, readOnlyReads);
        Messages.LOG.log(Level.FINE, () -> Messages.resourceUnit(method, policy));
        if (policy.enabled()) {
            context.register(new UnitOfWorkFilters.Begin(policy), BEGIN_PRIORITY);
            context.register(new UnitOfWorkFilters.End(), END_PRIORITY);
        }
        if (Arrays.asList(method.getParameterTypes()).contains(PageRequest.class)) {
            PageBounds bounds = PageBounds.of(method, resourceClass, globalBounds);
            context.register(new PageRequestFilter(bounds), PAGE_CHECK_PRIORITY);
            if (pageHeaders) {
                context.register(new PageLinksFilter(bounds), PAGE_LINKS_PRIORITY);
            }
        }
    }
}
