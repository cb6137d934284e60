package io.fastjpa.examples.shop;

import io.fastjpa.FastJpaFeature;
import java.net.URI;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Runs the shop API on 127.0.0.1, port 8001 or {@code PORT}, on the PostgreSQL databases of
 * {@code META-INF/fastjpa.properties}: it creates them when missing, FastJPA migrates them with Flyway.
 */
public final class ShopApp {

    private static final Logger LOG = Logger.getLogger(ShopApp.class.getName());

    private ShopApp() {}

    /**
     * Starts the server and waits until the process is stopped.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8001"));
        ShopDatabases.createMissing();
        HttpServer server = start(URI.create("http://127.0.0.1:" + port + "/"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        LOG.info("Shop API on http://127.0.0.1:" + port + "/products");
        Thread.currentThread().join();
    }

    /**
     * Starts the API on a base URI.
     *
     * @param base for example {@code http://127.0.0.1:8001/}; port 0 picks a free port
     * @return the running server; {@code shutdownNow()} stops it and the CDI container
     */
    public static HttpServer start(URI base) {
        return GrizzlyHttpServerFactory.createHttpServer(base, application());
    }

    /** @return the Jakarta REST application: the products, the audit log and FastJPA */
    public static ResourceConfig application() {
        return new ResourceConfig(ProductResource.class, AuditResource.class).register(FastJpaFeature.class);
    }
}
