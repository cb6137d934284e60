package io.fastjpa.bench;

import jakarta.ws.rs.core.SecurityContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.spi.ContainerResponseWriter;

/**
 * Requests handled by Jersey in this thread, without a socket: everything Jersey, CDI and the resource do for a
 * request (filters, interceptors, the unit of work, parameters, writing the JSON) and nothing of HTTP.
 */
final class InProcessRequests implements AutoCloseable {

    private static final URI BASE = URI.create("http://127.0.0.1/");

    // What a container gives a request without authentication.
    private static final SecurityContext ANONYMOUS = new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    };

    /** A response as the client would see it. */
    record Answer(int status, String body) {}

    private final ApplicationHandler handler;

    InProcessRequests(ResourceConfig application) {
        handler = new ApplicationHandler(application);
        handler.onStartup(null);
    }

    /**
     * @param path the path and query, without the leading slash
     * @return the status and body
     */
    Answer get(String path) {
        ContainerRequest request = new ContainerRequest(
                BASE, BASE.resolve(path), "GET", ANONYMOUS, new MapPropertiesDelegate(), handler.getConfiguration());
        request.header("Accept", "application/json");
        request.setEntityStream(new ByteArrayInputStream(new byte[0]));
        Capture capture = new Capture();
        request.setWriter(capture);
        handler.handle(request);
        return new Answer(capture.status, capture.body.toString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        handler.onShutdown(null);
    }

    // Keeps the response in memory, as a container would before sending it.
    private static final class Capture implements ContainerResponseWriter {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(2048);
        private int status;

        @Override
        public OutputStream writeResponseStatusAndHeaders(long contentLength, ContainerResponse response) {
            status = response.getStatus();
            return body;
        }

        @Override
        public boolean suspend(long timeOut, TimeUnit timeUnit, TimeoutHandler timeoutHandler) {
            return false;
        }

        @Override
        public void setSuspendTimeout(long timeOut, TimeUnit timeUnit) {}

        @Override
        public void commit() {}

        @Override
        public void failure(Throwable error) {
            throw new IllegalStateException("the request failed", error);
        }

        @Override
        public boolean enableResponseBuffering() {
            return true;
        }
    }
}
