package io.fastjpa.docs;

import io.fastjpa.FastJpaFeature;
import io.fastjpa.examples.heroes.HeroResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;

/** How an application enables FastJPA. */
final class Registration {

    private Registration() {}

    static ResourceConfig jersey() {
        // tag::jersey[]
        ResourceConfig application = new ResourceConfig(HeroResource.class).register(FastJpaFeature.class);
        // end::jersey[]
        return application;
    }

    // tag::application[]
    @ApplicationPath("/api")
    public static class HeroesApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(HeroResource.class, FastJpaFeature.class);
        }
    }
    // end::application[]
}
