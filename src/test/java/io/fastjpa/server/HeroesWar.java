package io.fastjpa.server;

import io.fastjpa.examples.heroes.Hero;
import io.fastjpa.examples.heroes.HeroResource;
import io.fastjpa.examples.heroes.HeroSeeder;
import io.fastjpa.examples.heroes.HeroesRestApplication;
import io.fastjpa.examples.heroes.NewHero;
import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The heroes WAR as the example builds it (its classes, the FastJPA jar in {@code WEB-INF/lib}, no
 * {@code persistence.xml}), plus the probe endpoints of the server tests, with the settings of one scenario.
 */
final class HeroesWar {

    private HeroesWar() {}

    /** @return the WAR on its own bundled H2 database, with resource-local transactions on FastJPA's connections */
    static WebArchive bundledH2() {
        return war("heroes")
                .addAsResource(
                        new StringAsset("fastjpa.url=jdbc:h2:mem:heroes;DB_CLOSE_DELAY=-1;MODE=LEGACY\n"
                                + "fastjpa.schema=drop-and-create\n"),
                        "META-INF/fastjpa.properties")
                .addAsLibrary(jarOf(org.h2.Driver.class));
    }

    /**
     * @param url a PostgreSQL database's JDBC URL
     * @param user its user, who needs no password
     * @return the WAR as the example builds it (H2 and the PostgreSQL driver bundled) on that database, whose tables
     *     the test creates (schema none), with resource-local transactions on FastJPA's connections
     */
    static WebArchive onDatabase(String url, String user) {
        return war("heroes-postgres")
                .addAsResource(
                        new StringAsset(
                                "fastjpa.url=" + url + "\n" + "fastjpa.user=" + user + "\n" + "fastjpa.schema=none\n"),
                        "META-INF/fastjpa.properties")
                .addAsLibrary(jarOf(org.h2.Driver.class))
                .addAsLibrary(jarOf(org.postgresql.Driver.class));
    }

    /** @return the WAR on the server's default JTA DataSource, so that units of work drive JTA transactions */
    static WebArchive containerDataSource() {
        return war("heroes-jta")
                .addAsResource(
                        new StringAsset("fastjpa.datasource=java:comp/DefaultDataSource\n"
                                + "fastjpa.schema=drop-and-create\n"),
                        "META-INF/fastjpa.properties");
    }

    private static WebArchive war(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(Hero.class, NewHero.class, HeroResource.class, HeroSeeder.class)
                .addClasses(HeroesRestApplication.class, ProbeResource.class, ProbeService.class)
                .addAsLibrary(library());
    }

    // The packaged library, with its manifest (WildFly reads the Dependencies entry there): failsafe runs after
    // the jar is built and names it (library.jar: a fastjpa.* name would be an unknown FastJPA setting).
    private static File library() {
        File jar = new File(System.getProperty("library.jar", "target/fastjpa.jar"));
        if (!jar.isFile()) {
            throw new IllegalStateException(
                    "the FastJPA jar " + jar + " is missing: run the server tests with mvn verify");
        }
        return jar;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
