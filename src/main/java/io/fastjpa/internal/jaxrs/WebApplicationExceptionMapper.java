package io.fastjpa.internal.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Gives {@link WebApplicationException}s without a body a problem body: {@code throw new NotFoundException("Hero not
 * found")} answers {@code 404} with that detail. Exceptions that already carry a body are answered as they are; the
 * response's headers (such as {@code Allow} or {@code WWW-Authenticate}) are kept; redirections and {@code 304 Not
 * Modified} are not errors and are answered as they are too. An application mapper for the same
 * type wins over this one.
 */
@Provider
@Priority(Priorities.USER + 1000)
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        // A problem describes an error; a 304 must not have a body and a redirect needs none.
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        int status = original.getStatus();
        String title = title(original, status);
        Problem problem = Problem.of(slug(title, status), title, status, detail(exception, status));
        Response.ResponseBuilder builder =
                Response.fromResponse(original).entity(problem).type(Problem.MEDIA_TYPE);
        return builder.build();
    }

    // Statuses missing from Response.Status (422, 499, ...) may come without a reason phrase (Jersey gives an empty
    // one), but a problem's title must say something.
    private static String title(Response original, int status) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String reason = statusType != null
                ? statusType.getReasonPhrase()
                : switch (status) {
                    case 422 -> "Unprocessable Content";
                    case 423 -> "Locked";
                    case 424 -> "Failed Dependency";
                    case 425 -> "Too Early";
                    case 507 -> "Insufficient Storage";
                    case 508 -> "Loop Detected";
                    default -> original.getStatusInfo().getReasonPhrase();
                };
        return reason == null || reason.isBlank() ? "HTTP " + status : reason;
    }

    // The runtime's own messages ("HTTP 404 Not Found") and anything on a 5xx say nothing the title does not.
    private static String detail(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        if (status >= 500 || message == null || message.startsWith("HTTP " + status)) {
            return null;
        }
        return message;
    }

    private static String slug(String title, int status) {
        if (title == null || title.isBlank()) {
            return "http-" + status;
        }
        StringBuilder slug = new StringBuilder();
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            slug.append(Character.isLetterOrDigit(c) ? c : '-');
        }
        return slug.toString();
    }
}
