package io.fastjpa.docs;

import io.fastjpa.FastJpaFeature;
import io.fastjpa.examples.heroes.HeroResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

// tag::application[]
@ApplicationPath("/api")
public class HeroesApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(HeroResource.class, FastJpaFeature.class);
    }
}
// end::application[]
