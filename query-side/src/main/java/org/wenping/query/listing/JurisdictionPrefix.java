package org.wenping.query.listing;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.util.Optional;
import java.util.regex.Pattern;

/** A 行政区划 code prefix (62, 6209, 620902) as the lists scope and filter by it (R9). */
public final class JurisdictionPrefix {
    /** The form of a jurisdiction prefix: up to six digits. */
    public static final Pattern DIGITS = Pattern.compile("\\d{0,6}");

    private JurisdictionPrefix() {
    }

    /**
     * Views whose {@code jurisdiction} starts with {@code prefix}: an anchored regex, which an index serves.
     * Prefixes are digits only (the controllers refuse others), so nothing in them needs quoting.
     */
    public static Bson query(String prefix) {
        if (!DIGITS.matcher(prefix).matches()) throw new IllegalArgumentException("jurisdiction");
        return Filters.regex("jurisdiction", "^" + prefix);
    }

    /** The one prefix both the reader's jurisdiction and the wanted one allow, if they overlap at all. */
    public static Optional<String> narrowest(String readerPrefix, String wanted) {
        if (wanted == null || wanted.startsWith(readerPrefix)) return Optional.of(wanted == null ? readerPrefix : wanted);
        if (readerPrefix.startsWith(wanted)) return Optional.of(readerPrefix);
        return Optional.empty();
    }
}
