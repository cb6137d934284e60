package io.fastjpa.stack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.fastjpa.Item;
import io.fastjpa.ItemList;
import io.fastjpa.Page;
import io.fastjpa.PageRequest;
import io.fastjpa.Paginator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The envelopes around every kind of {@code data}, for the same application under JSON-B and under Jackson. */
@Path("/json")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JsonResource {

    /** Quotes, backslash, slash, control characters, non-ASCII. */
    static final String TRICKY = "say \"hi\" \\ / tab\t new\nline\r é ✓";

    /** Characters the providers write differently by default: outside the BMP, a line separator. */
    static final String EDGE = "😀\u2028";

    static final Sample FIRST =
            new Sample(1, TRICKY, "Bruce Wayne", -0.25, true, null, new Owner("Alfred", 82), new BigDecimal("12.50"));
    static final Sample SECOND =
            new Sample(9007199254740993L, "", "", 1.5, false, "Bats", new Owner("", 0), new BigDecimal("-0.001"));

    /** Annotated for both providers alike: snake_case name, explicit order, a null that is written. */
    @JsonbPropertyOrder({"id", "title", "secretIdentity", "score", "active", "nickname", "owner", "price"})
    @JsonPropertyOrder({"id", "title", "secret_identity", "score", "active", "nickname", "owner", "price"})
    public record Sample(
            long id,
            String title,
            @JsonbProperty("secret_identity") @JsonProperty("secret_identity") String secretIdentity,
            double score,
            boolean active,
            @JsonbNillable String nickname,
            Owner owner,
            BigDecimal price) {}

    @JsonbPropertyOrder({"name", "age"})
    @JsonPropertyOrder({"name", "age"})
    public record Owner(String name, int age) {}

    /** Names its member after the provider that wrote it. */
    public record Probe(@JsonbProperty("written_by_jsonb") @JsonProperty("written_by_jackson") boolean written) {}

    /** Not annotated: the application's naming strategy decides. */
    public record Setting(String displayName, int sortOrder) {}

    @Inject
    Paginator paginator;

    @GET
    @Path("samples/page")
    public Page<Sample> samplePage() {
        return Page.of(List.of(FIRST, SECOND), 0, 2, 3);
    }

    @GET
    @Path("samples/item")
    public Item<Sample> sampleItem() {
        return Item.of(FIRST);
    }

    @GET
    @Path("samples/list")
    public ItemList<Sample> sampleList() {
        return ItemList.of(Arrays.asList(SECOND, null, FIRST));
    }

    @GET
    @Path("samples/response")
    public Response sampleResponse() {
        return Response.ok(Item.of(SECOND)).build();
    }

    @GET
    @Path("strings/item")
    public Item<String> stringItem() {
        return Item.of(TRICKY);
    }

    @GET
    @Path("strings/list")
    public ItemList<String> stringList() {
        return ItemList.of(Arrays.asList("plain", TRICKY, "", null));
    }

    @GET
    @Path("edge/item")
    public Item<String> edgeItem() {
        return Item.of(EDGE);
    }

    @GET
    @Path("edge/list")
    public ItemList<String> edgeList() {
        return ItemList.of(List.of(EDGE));
    }

    @GET
    @Path("numbers/item")
    public Item<Integer> numberItem() {
        return Item.of(42);
    }

    @GET
    @Path("numbers/list")
    public ItemList<Long> numberList() {
        return ItemList.of(List.of(0L, -2L, Long.MAX_VALUE));
    }

    @GET
    @Path("numbers/page")
    public Page<BigDecimal> numberPage() {
        return Page.of(List.of(new BigDecimal("12.50"), new BigDecimal("-0.001")), 4, 2, 7);
    }

    @GET
    @Path("booleans/item")
    public Item<Boolean> booleanItem() {
        return Item.of(Boolean.TRUE);
    }

    @GET
    @Path("names")
    public Page<String> names(@QueryParam("prefix") String prefix, @BeanParam PageRequest page) {
        return paginator.page(
                "SELECT g.name FROM Gadget g WHERE g.name LIKE :prefix ORDER BY g.name",
                String.class,
                Map.of("prefix", (prefix == null ? "" : prefix) + "%"),
                page);
    }

    @GET
    @Path("probe")
    public Item<Probe> probe() {
        return Item.of(new Probe(true));
    }

    @GET
    @Path("settings")
    public Page<Setting> settings() {
        return Page.of(List.of(new Setting("Dark mode", 1), new Setting("Font size", 2)), 0, 10, 2);
    }

    /** Written by {@link TaggedWriter}, a writer of the application's own, not by the JSON provider. */
    public record Tagged(String tag) {}

    /** The application's own JSON writer for one type. */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    public static final class TaggedWriter implements MessageBodyWriter<Tagged> {
        /** How often Jersey asked this writer whether it writes a {@link Tagged}: once per look-up of a writer. */
        static final AtomicInteger TAGGED_LOOKUPS = new AtomicInteger();

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            if (type == Tagged.class) {
                TAGGED_LOOKUPS.incrementAndGet();
            }
            return type == Tagged.class;
        }

        @Override
        public void writeTo(
                Tagged tagged,
                Class<?> type,
                Type genericType,
                Annotation[] annotations,
                MediaType mediaType,
                MultivaluedMap<String, Object> headers,
                OutputStream out)
                throws IOException {
            out.write(("{\"tagged\":\"" + tagged.tag() + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * One method whose data changes type from request to request: each must get its own writer.
     *
     * @param kind which data to answer with
     * @return an item of it
     */
    @GET
    @Path("mixed")
    public Response mixed(@QueryParam("kind") String kind) {
        Object data =
                switch (kind) {
                    case "tagged" -> new Tagged("t1");
                    case "probe" -> new Probe(true);
                    case "number" -> 7;
                    case "list" -> List.of(new Tagged("in-a-list"));
                    default -> SECOND;
                };
        return Response.ok(Item.of(data)).build();
    }
}
