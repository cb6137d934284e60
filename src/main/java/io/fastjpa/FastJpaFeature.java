package io.fastjpa;

import io.fastjpa.internal.Settings;
import io.fastjpa.internal.jaxrs.ItemListWriter;
import io.fastjpa.internal.jaxrs.ItemWriter;
import io.fastjpa.internal.jaxrs.PageBounds;
import io.fastjpa.internal.jaxrs.PageWriter;
import io.fastjpa.internal.jaxrs.PersistenceExceptionMapper;
import io.fastjpa.internal.jaxrs.ProblemWriter;
import io.fastjpa.internal.jaxrs.ReadOnlyViolationMapper;
import io.fastjpa.internal.jaxrs.RequestBodyInterceptor;
import io.fastjpa.internal.jaxrs.ResourceUnitFeature;
import io.fastjpa.internal.jaxrs.UnhandledExceptionMapper;
import io.fastjpa.internal.jaxrs.WebApplicationExceptionMapper;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Enables FastJPA in a Jakarta REST application: units of work on resource methods, the {@link Page},
 * {@link Item}, {@link ItemList} and problem writers, the {@link PageRequest} check and the exception mappers that
 * answer {@code application/problem+json}.
 *
 * <p>On Jersey it is registered automatically (auto-discovery); application servers also find it by scanning. Where
 * neither applies, register it:
 *
 * <pre>{@code
 * ResourceConfig config = new ResourceConfig(HeroResource.class).register(FastJpaFeature.class);
 * }</pre>
 *
 * Settings read here: {@code fastjpa.page.default-size} (10), {@code fastjpa.page.max-size} (100) and
 * {@code fastjpa.read-only-reads} ({@code true}: GET and HEAD resource methods run read-only unless annotated) and
 * {@code fastjpa.page.headers} ({@code false}: when {@code true}, paginated responses also carry RFC 8288
 * {@code Link} headers and {@code X-Total-Count}).
 */
@Provider
public final class FastJpaFeature implements Feature {

    private static final String PAGE_HEADERS = "fastjpa.page.headers";
    private static final String JERSEY_LISTENER = "io.fastjpa.internal.jersey.UnitOfWorkEventListener";
    private static final String JERSEY_EVENTS = "org.glassfish.jersey.server.monitoring.ApplicationEventListener";

    /** Creates the feature. */
    public FastJpaFeature() {}

    /**
     * Registers FastJPA's providers once per application.
     *
     * @param context the application's configuration
     * @return {@code true}
     * @throws IllegalArgumentException naming the setting when a page size or read-only setting is invalid
     */
    @Override
    public boolean configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(ResourceUnitFeature.class)) {
            return true;
        }
        Settings settings = Settings.load(classLoader());
        PageBounds bounds = new PageBounds(
                settings.getInt(PageBounds.DEFAULT_SIZE_PROPERTY, PageBounds.BUILT_IN.defaultSize(), 1),
                settings.getInt(PageBounds.MAX_SIZE_PROPERTY, PageBounds.BUILT_IN.max(), 1));
        boolean readOnlyReads = settings.getBoolean(Settings.PREFIX + "read-only-reads", true);
        context.property(PageBounds.DEFAULT_SIZE_PROPERTY, bounds.defaultSize());
        context.property(PageBounds.MAX_SIZE_PROPERTY, bounds.max());
        boolean pageHeaders = settings.getBoolean(PAGE_HEADERS, false);
        context.register(new ResourceUnitFeature(readOnlyReads, bounds, pageHeaders));
        for (Class<?> provider : List.of(
                PageWriter.class,
                ItemWriter.class,
                ItemListWriter.class,
                ProblemWriter.class,
                RequestBodyInterceptor.class,
                WebApplicationExceptionMapper.class,
                PersistenceExceptionMapper.class,
                ReadOnlyViolationMapper.class,
                UnhandledExceptionMapper.class)) {
            // An application server that scans the library finds these @Provider classes itself.
            if (!context.getConfiguration().isRegistered(provider)) {
                context.register(provider);
            }
        }
        registerJerseyListener(context);
        return true;
    }

    // On Jersey, an event listener also rolls back when an exception was mapped to a successful response.
    private static void registerJerseyListener(FeatureContext context) {
        try {
            Class.forName(JERSEY_EVENTS, false, FastJpaFeature.class.getClassLoader());
            context.register(Class.forName(JERSEY_LISTENER));
        } catch (ClassNotFoundException | LinkageError e) {
            // Not Jersey: the interceptor on resource classes sees the exceptions instead.
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : FastJpaFeature.class.getClassLoader();
    }
}
