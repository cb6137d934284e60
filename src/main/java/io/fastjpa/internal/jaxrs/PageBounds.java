package io.fastjpa.internal.jaxrs;

import io.fastjpa.PageSize;
import io.fastjpa.SortKey;
import io.fastjpa.Sortable;
import io.fastjpa.TotalMode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page parameters in force for a resource method (default and maximum page size, total mode, allowed sort
 * keys) and the parsing of {@code offset}, {@code limit}, {@code total} and {@code sort} against them. Parsing never
 * throws anything but a 400 with a problem body naming the parameter and what is allowed.
 *
 * @param defaultSize the limit when the request has none
 * @param max the largest limit allowed
 * @param total the endpoint's total mode
 * @param sorting the allowed sort keys, or null when the method does not sort
 */
public record PageBounds(int defaultSize, int max, TotalMode total, SortSpec sorting) {

    /** Configuration property with the global default page size. */
    public static final String DEFAULT_SIZE_PROPERTY = "fastjpa.page.default-size";

    /** Configuration property with the global maximum page size. */
    public static final String MAX_SIZE_PROPERTY = "fastjpa.page.max-size";

    /** The built-in global bounds, FastSQLA's. */
    public static final PageBounds BUILT_IN = new PageBounds(10, 100);

    // Bounded against class loaders that come and go (redeployments, tests): past it, bounds are computed each time.
    private static final int KNOWN_METHODS = 1024;
    private static final Map<Key, PageBounds> KNOWN = new ConcurrentHashMap<>();

    private record Key(Method method, Class<?> resourceClass, PageBounds global) {}

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException unless {@code 1 <= defaultSize <= max}
     */
    public PageBounds {
        if (max < 1 || defaultSize < 1 || defaultSize > max) {
            throw new IllegalArgumentException(
                    "FASTJPA-030: page sizes must satisfy 1 <= default (" + defaultSize + ") <= max (" + max + ")");
        }
        if (total == null) {
            throw new IllegalArgumentException("FASTJPA-030: the total mode is missing");
        }
    }

    /**
     * Bounds of an exact, unsorted endpoint.
     *
     * @param defaultSize the limit when the request has none
     * @param max the largest limit allowed
     */
    public PageBounds(int defaultSize, int max) {
        this(defaultSize, max, TotalMode.EXACT, null);
    }

    /**
     * The bounds for a request: the resource method's {@link PageSize}, else its class's, else the global settings.
     *
     * @param resourceInfo the matched resource, or null outside Jakarta REST
     * @param configuration the application's configuration, or null
     * @return the bounds
     */
    public static PageBounds of(ResourceInfo resourceInfo, Configuration configuration) {
        PageBounds global = global(configuration);
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return global;
        }
        // Per request: the annotations were read and checked when the method was first paged.
        Key key = new Key(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass(), global);
        PageBounds known = KNOWN.get(key);
        if (known == null) {
            known = of(key.method(), key.resourceClass(), global);
            if (KNOWN.size() < KNOWN_METHODS) {
                KNOWN.putIfAbsent(key, known);
            }
        }
        return known;
    }

    /**
     * The bounds for a resource method.
     *
     * @param method the resource method
     * @param resourceClass the resource class
     * @param global the global bounds
     * @return the bounds
     * @throws IllegalArgumentException naming the method when its {@link PageSize} is invalid
     */
    public static PageBounds of(Method method, Class<?> resourceClass, PageBounds global) {
        String owner = method.getDeclaringClass().getName() + "." + method.getName();
        Sortable sortable = annotation(method, resourceClass, Sortable.class);
        SortSpec sorting = sortable == null ? null : SortSpec.of(sortable, owner);
        PageSize size = annotation(method, resourceClass, PageSize.class);
        if (size == null) {
            return new PageBounds(global.defaultSize(), global.max(), global.total(), sorting);
        }
        try {
            return new PageBounds(size.defaultSize(), size.max(), size.total(), sorting);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FASTJPA-030: @PageSize(defaultSize = " + size.defaultSize()
                    + ", max = " + size.max() + ") on "
                    + method.getDeclaringClass().getName() + "." + method.getName()
                    + " is not valid: max must be at least 1 and defaultSize between 1 and max");
        }
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(
            Method method, Class<?> resourceClass, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null || resourceClass == null ? onMethod : resourceClass.getAnnotation(type);
    }

    private static PageBounds global(Configuration configuration) {
        if (configuration == null) {
            return BUILT_IN;
        }
        Object defaultSize = configuration.getProperty(DEFAULT_SIZE_PROPERTY);
        Object max = configuration.getProperty(MAX_SIZE_PROPERTY);
        if (defaultSize instanceof Integer d && max instanceof Integer m) {
            return new PageBounds(d, m);
        }
        return BUILT_IN;
    }

    /** @return the largest offset accepted, so that {@code offset + limit} fits in an {@code int} (JPA's limit) */
    public long maxOffset() {
        return Integer.MAX_VALUE - (long) max;
    }

    /**
     * Parses {@code limit}.
     *
     * @param raw the query parameter, or null when absent
     * @return the limit
     * @throws BadRequestException with a problem body unless it is a whole number from 1 to {@link #max()}
     */
    public int parseLimit(String raw) {
        if (raw == null) {
            return defaultSize;
        }
        return (int) parse("limit", raw, 1, max);
    }

    /**
     * Parses {@code offset}.
     *
     * @param raw the query parameter, or null when absent
     * @return the offset
     * @throws BadRequestException with a problem body unless it is a whole number from 0 to {@link #maxOffset()}
     */
    public long parseOffset(String raw) {
        if (raw == null) {
            return 0;
        }
        return parse("offset", raw, 0, maxOffset());
    }

    /**
     * Parses {@code total}.
     *
     * @param raw the query parameter, or null when absent
     * @return the total mode of this request
     * @throws BadRequestException with a problem body unless it is {@code exact} (on an exact endpoint) or
     *     {@code none}
     */
    public TotalMode parseTotal(String raw) {
        if (raw == null) {
            return total;
        }
        List<String> allowed = total == TotalMode.EXACT ? List.of("exact", "none") : List.of("none");
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(value)) {
            throw invalidChoice("total", raw, allowed);
        }
        return TotalMode.valueOf(value.toUpperCase(Locale.ROOT));
    }

    /**
     * Parses {@code sort}: comma-separated keys, possibly over several parameters, each with an optional leading
     * {@code -} for descending. The tie-breaker is appended when a sort is requested.
     *
     * @param raw the values of the query parameter, or null or empty when absent
     * @return the requested order, empty when none
     * @throws BadRequestException with a problem body listing the allowed keys when a key is unknown or repeated,
     *     or when the method does not sort
     */
    public List<SortKey> parseSort(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        List<SortKey> order = new ArrayList<>();
        for (String parameter : raw) {
            for (String token : parameter.split(",", -1)) {
                String key = token.trim();
                if (key.isEmpty()) {
                    continue;
                }
                order.add(sortKey(key, String.join(",", raw), order));
            }
        }
        if (!order.isEmpty()
                && !sorting.tieBreaker().isEmpty()
                && order.stream().noneMatch(k -> k.path().equals(sorting.tieBreaker()))) {
            order.add(new SortKey(sorting.tieBreaker(), sorting.tieBreaker(), false));
        }
        return List.copyOf(order);
    }

    private SortKey sortKey(String key, String raw, List<SortKey> order) {
        List<String> allowed =
                sorting == null ? List.of() : List.copyOf(sorting.keys().keySet());
        boolean descending = key.startsWith("-");
        String name = descending ? key.substring(1).trim() : key;
        String path = sorting == null ? null : sorting.keys().get(name);
        if (path == null || order.stream().anyMatch(k -> k.name().equals(name))) {
            throw invalidChoice("sort", raw, allowed);
        }
        return new SortKey(name, path, descending);
    }

    private static BadRequestException invalidChoice(String name, String raw, List<String> allowed) {
        String shown = shown(raw);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("parameter", name);
        members.put("value", shown);
        members.put("allowed", allowed);
        String detail = allowed.isEmpty()
                ? "Query parameter '" + name + "' is not supported here, got '" + shown + "'."
                : "Query parameter '" + name + "' must be " + (name.equals("sort") ? "a comma-separated list of " : "")
                        + "one of " + String.join(", ", allowed)
                        + (name.equals("sort") ? ", each at most once and optionally prefixed with '-'" : "")
                        + ", got '" + shown + "'.";
        Problem problem = Problem.of("invalid-parameter", "Invalid query parameter", 400, detail)
                .with(members);
        return new BadRequestException(problem.detail(), problem.toResponse());
    }

    private static String shown(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
    }

    private static long parse(String name, String raw, long minimum, long maximum) {
        String value = raw.trim();
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(name, raw, minimum, maximum);
        }
        if (parsed < minimum || parsed > maximum) {
            throw invalid(name, raw, minimum, maximum);
        }
        return parsed;
    }

    private static BadRequestException invalid(String name, String raw, long minimum, long maximum) {
        String shown = shown(raw);
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("parameter", name);
        members.put("value", shown);
        members.put("minimum", minimum);
        members.put("maximum", maximum);
        Problem problem = Problem.of(
                        "invalid-parameter",
                        "Invalid query parameter",
                        400,
                        "Query parameter '" + name + "' must be a whole number from " + minimum + " to " + maximum
                                + ", got '" + shown + "'.")
                .with(members);
        return new BadRequestException(problem.detail(), problem.toResponse());
    }
}
