package io.fastjpa.docs;

import io.fastjpa.FastJpaFeature;
import io.fastjpa.examples.heroes.HeroResource;
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
}
