package io.fastjpa.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.fastjpa.internal.provider.EclipseLinkPoolCustomizer;
import org.junit.jupiter.api.Test;

/** The pool settings mapped onto a provider's own pool, for when HikariCP is absent. */
class ProviderPoolsTest {

    private static final String ECLIPSELINK = "org.eclipse.persistence.jpa.PersistenceProvider";
    private static final String HIBERNATE = "org.hibernate.jpa.HibernatePersistenceProvider";
    private static final PoolSettings POOL = new PoolSettings(4, 2500, true, 0);

    @Test
    void shouldSizeBothOfEclipseLinksPoolsAndSetTheirWait() {
        assertThat(Pools.providerProperties(ECLIPSELINK, POOL))
                .containsOnly(
                        entry("eclipselink.connection-pool.default.max", "4"),
                        entry("eclipselink.connection-pool.default.min", "4"),
                        entry("eclipselink.connection-pool.default.wait", "2500"),
                        entry("eclipselink.connection-pool.read.max", "4"),
                        entry("eclipselink.connection-pool.read.min", "4"),
                        entry("eclipselink.connection-pool.read.wait", "2500"));
    }

    @Test
    void shouldSizeHibernatesBuiltInPool() {
        assertThat(Pools.providerProperties(HIBERNATE, POOL))
                .containsOnly(entry("hibernate.connection.pool_size", "4"));
    }

    @Test
    void shouldSetNothingForAnUnknownProvider() {
        assertThat(Pools.providerProperties("com.example.Provider", POOL)).isEmpty();
    }

    @Test
    void shouldSayWhatEachProvidersPoolCannotDo() {
        assertThat(Pools.providerLimits(ECLIPSELINK))
                .contains("waits until one is released")
                .contains("pool.pre-ping")
                .contains("pool.leak-detection");
        assertThat(Pools.providerLimits(HIBERNATE)).contains("fails at once").contains("pool.leak-detection");
        assertThat(Pools.providerLimits("com.example.Provider")).contains("not applied");
    }

    @Test
    void shouldTurnEclipseLinksRetryOffBehindAPooledDataSource() {
        assertThat(Pools.dataSourceProperties(ECLIPSELINK))
                .containsOnly(entry("eclipselink.session.customizer", EclipseLinkPoolCustomizer.class.getName()));
        assertThat(Pools.dataSourceProperties(HIBERNATE)).isEmpty();
    }
}
