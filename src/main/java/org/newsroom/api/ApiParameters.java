package org.newsroom.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one API request, read strictly: a parameter the endpoint does not take, one given twice, or
 * a value it cannot read is refused with a 400 that names it, rather than ignored or left to fail later.
 */
final class ApiParameters {

    private final HttpServletRequest request;

    private ApiParameters(HttpServletRequest request) {
        this.request = request;
    }

    /** The request's parameters, which must be among these (plus {@code format} and {@code api_key}, always allowed). */
    static ApiParameters of(HttpServletRequest request, String... allowed) {
        Set<String> known = new TreeSet<>(Set.of(allowed));
        known.add("format");
        known.add("api_key");
        for (String name : new TreeSet<>(request.getParameterMap().keySet())) {
            if (!known.contains(name)) {
                throw new BadParameterException(
                        name, "Unknown parameter '" + name + "'; this endpoint takes " + String.join(", ", known));
            }
            if (request.getParameterValues(name).length > 1) {
                throw new BadParameterException(name, "Parameter '" + name + "' is given more than once");
            }
        }
        ApiParameters parameters = new ApiParameters(request);
        String format = parameters.text("format");
        if (format != null && !format.equals("json") && !format.equals("ninjs")) {
            throw new BadParameterException("format", "Parameter 'format' must be json or ninjs");
        }
        return parameters;
    }

    String text(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String name) {
        String value = text(name);
        if (value == null) {
            throw new BadParameterException(name, "Parameter '" + name + "' is required");
        }
        return value;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadParameterException(
                name, "Parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }

    /** A keyset cursor, as the previous page's {@code next} gave it. */
    Long cursor(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadParameterException(name, "Parameter '" + name + "' is not a cursor this API gave");
    }

    Instant instant(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadParameterException(
                    name, "Parameter '" + name + "' must be an RFC 3339 time, such as 2026-12-01T09:00:00Z");
        }
    }

    boolean wantsNinjs() {
        if ("ninjs".equals(text("format"))) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(Ninjs.MEDIA_TYPE.toString());
    }
}
