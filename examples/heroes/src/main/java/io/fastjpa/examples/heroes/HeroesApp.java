package io.fastjpa.examples.heroes;

import io.fastjpa.FastJpaFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.logging.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Runs the heroes API on 127.0.0.1, port 8000 or {@code PORT}. The database comes from {@code FASTJPA_URL},
 * {@code FASTJPA_USER} and {@code FASTJPA_PASSWORD}, else an in-memory H2 seeded with FastSQLA's twelve heroes.
 */
public final class HeroesApp {

    private static final Logger LOG = Logger.getLogger(HeroesApp.class.getName());

    // Requests block on the database: enough workers to keep every pooled connection (10 by default) busy, whatever
    // the CPU count. Grizzly's default is about two per CPU, which left 8 of 10 connections idle on one CPU.
    private static final int WORKER_THREADS = 16;

    private HeroesApp() {}

    /**
     * Starts the server and waits until the process is stopped.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
        // One shutdown hook stops Jersey and, with it, the CDI container; Weld's own would race it and fail.
        System.setProperty("org.jboss.weld.se.shutdownHook", "false");
        // Start-up settings for a small machine, each overridable with -D: no schema check of beans.xml (Xerces took
        // 0.3 s of a 3.5 s start-up for a file that ships in our jar), and Weld's bootstrap on the main thread rather
        // than on a pool that only contends for the one or two CPUs. 7% off the start-up in bench/run.
        System.getProperties().putIfAbsent("org.jboss.weld.xml.disableValidating", "true");
        System.getProperties().putIfAbsent("org.jboss.weld.bootstrap.concurrentDeployment", "false");
        System.getProperties().putIfAbsent("org.jboss.weld.executor.threadPoolType", "NONE");
        HttpServer server = start(URI.create("http://127.0.0.1:" + port + "/"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        LOG.info("Heroes API on http://127.0.0.1:" + port + "/heroes");
        Thread.currentThread().join();
    }

    /**
     * Starts the API on a base URI.
     *
     * @param base for example {@code http://127.0.0.1:8000/}; port 0 picks a free port
     * @return the running server; {@code shutdownNow()} stops it and the CDI container
     */
    public static HttpServer start(URI base) {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, application(), false);
        for (NetworkListener listener : server.getListeners()) {
            listener.getTransport()
                    .setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                            .setPoolName("heroes-worker")
                            .setCorePoolSize(WORKER_THREADS)
                            .setMaxPoolSize(WORKER_THREADS));
        }
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + base, e);
        }
        return server;
    }

    /** @return the Jakarta REST application: the heroes resource and FastJPA, without Jersey's WADL */
    public static ResourceConfig application() {
        // Jersey's WADL feature builds a JAXB context at start-up to see whether it could describe the API: 17% of
        // the start-up's main thread in a profile, for a document nobody asks for.
        return new ResourceConfig(HeroResource.class)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(FastJpaFeature.class);
    }
}
