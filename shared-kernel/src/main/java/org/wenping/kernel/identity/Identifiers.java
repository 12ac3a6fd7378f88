package org.wenping.kernel.identity;

import java.util.regex.Pattern;

/**
 * The one form of every aggregate identifier (matters, experts, agencies): 1–64 letters, digits and
 * hyphens, so that an id is safe in a URL path, a stream key and a log line alike.
 */
public final class Identifiers {
    /** The identifier form as a regular expression, for {@code @Pattern} on request fields that name an id. */
    public static final String FORM_REGEX = "[A-Za-z0-9-]{1,64}";

    private static final Pattern FORM = Pattern.compile(FORM_REGEX);

    private Identifiers() {
    }

    /** {@code value} itself, or an exception naming {@code kind} if it is not of the identifier form. */
    public static String require(String value, String kind) {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + kind + " id: " + value);
        }
        return value;
    }
}
