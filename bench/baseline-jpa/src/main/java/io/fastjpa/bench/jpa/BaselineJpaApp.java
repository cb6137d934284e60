package io.fastjpa.bench.jpa;

import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Baseline (a): the heroes API on 127.0.0.1:{@code PORT} (18102), Jersey on Grizzly with Weld SE, like the example. */
public final class BaselineJpaApp {

    private static final Logger LOG = Logger.getLogger(BaselineJpaApp.class.getName());

    private BaselineJpaApp() {}

    /**
     * Starts the server and waits until the process is stopped.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while serving
     * @throws IOException when the port cannot be opened
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "18102"));
        // The heroes example's Weld start-up settings (HeroesApp.main), so that start-up compares the same container.
        System.getProperties().putIfAbsent("org.jboss.weld.xml.disableValidating", "true");
        System.getProperties().putIfAbsent("org.jboss.weld.bootstrap.concurrentDeployment", "false");
        System.getProperties().putIfAbsent("org.jboss.weld.executor.threadPoolType", "NONE");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:" + port + "/"),
                new ResourceConfig(HeroResource.class).property(ServerProperties.WADL_FEATURE_DISABLE, true),
                false);
        // No WADL and the same 16 workers as the heroes example (HeroesApp) and the JDBC baseline.
        for (NetworkListener listener : server.getListeners()) {
            listener.getTransport()
                    .setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                            .setPoolName("baseline-worker")
                            .setCorePoolSize(16)
                            .setMaxPoolSize(16));
        }
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        LOG.info("Baseline (a), hand-written JPA, on http://127.0.0.1:" + port + "/heroes");
        Thread.currentThread().join();
    }
}
