package io.fastjpa.internal.jaxrs;

import io.fastjpa.PageSize;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default and maximum page size in force for a resource method, and the parsing of {@code offset} and
 * {@code limit} against them. Parsing never throws anything but a 400 with a problem body.
 *
 * @param defaultSize the limit when the request has none
 * @param max the largest limit allowed
 */
public record PageBounds(int defaultSize, int max) {

    /** Configuration property with the global default page size. */
    public static final String DEFAULT_SIZE_PROPERTY = "fastjpa.page.default-size";

    /** Configuration property with the global maximum page size. */
    public static final String MAX_SIZE_PROPERTY = "fastjpa.page.max-size";

    /** The built-in global bounds, FastSQLA's. */
    public static final PageBounds BUILT_IN = new PageBounds(10, 100);

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
        return of(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass(), global);
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
        PageSize size = method.getAnnotation(PageSize.class);
        if (size == null && resourceClass != null) {
            size = resourceClass.getAnnotation(PageSize.class);
        }
        if (size == null) {
            return global;
        }
        try {
            return new PageBounds(size.defaultSize(), size.max());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("FASTJPA-030: @PageSize(defaultSize = " + size.defaultSize()
                    + ", max = " + size.max() + ") on "
                    + method.getDeclaringClass().getName() + "." + method.getName()
                    + " is not valid: max must be at least 1 and defaultSize between 1 and max");
        }
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
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "..." : raw;
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
