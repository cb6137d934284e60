package io.fastjpa.internal.jersey;

import io.fastjpa.FastJpaFeature;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Registers {@link FastJpaFeature} in every Jersey application, so a unit of work can not be lost by forgetting to
 * register it. Listed in {@code META-INF/services}; Jersey's {@code jersey.config.disableAutoDiscovery} switches it
 * off like any other.
 */
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class FastJpaAutoDiscoverable implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(FastJpaFeature.class)) {
            context.register(FastJpaFeature.class);
        }
    }
}
