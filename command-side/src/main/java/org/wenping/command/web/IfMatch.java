package org.wenping.command.web;

/** Reads the aggregate version a client names in {@code If-Match} ("3", W/"3" or *). */
public final class IfMatch {
    private IfMatch() {
    }

    /** The expected version, or null when the header is absent or {@code *}. */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) return null;
        String tag = header.trim();
        if (tag.startsWith("W/")) tag = tag.substring(2);
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidIfMatchException(header);
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
