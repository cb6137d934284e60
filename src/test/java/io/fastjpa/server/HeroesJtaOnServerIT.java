package io.fastjpa.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The heroes WAR on the server's default JTA {@code DataSource} ({@code java:comp/DefaultDataSource}): units of work
 * begin and commit JTA transactions, and join one the container already began. The same acceptance checks hold.
 */
@ExtendWith(ArquillianExtension.class)
class HeroesJtaOnServerIT extends ServerAcceptance {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HeroesWar.containerDataSource();
    }

    @Override
    URL base() {
        return base;
    }

    @Test
    void shouldRunUnitsOfWorkInJtaTransactions() {
        HttpResponse<String> response = get("probe/transaction");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // jakarta.transaction.Status.STATUS_ACTIVE is 0.
        assertThat(response.body()).isEqualTo("{\"data\":{\"jta_status\":0,\"joined\":true}}");
    }

    @Test
    void shouldJoinTheContainersTransaction() {
        String name = unique("Joined");

        HttpResponse<String> response = post("probe/heroes/in-container-transaction?name=" + name, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(count(name)).isEqualTo(1);
    }

    @Test
    void shouldRollBackWithTheContainersTransaction() {
        String name = unique("Rolled");

        HttpResponse<String> response = post("probe/heroes/in-failing-container-transaction?name=" + name, "");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(count(name)).isZero();
    }
}
