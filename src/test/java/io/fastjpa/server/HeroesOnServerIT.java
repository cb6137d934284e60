package io.fastjpa.server;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The heroes WAR with its own H2 database and resource-local units of work, in the server Arquillian launched. */
@ExtendWith(ArquillianExtension.class)
class HeroesOnServerIT extends ServerAcceptance {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HeroesWar.bundledH2();
    }

    @Override
    URL base() {
        return base;
    }
}
