package org.wenping.ops.web;

import org.wenping.kernel.integrity.CanonicalJson;

import java.util.Optional;

/**
 * What makes request text unfit for the record, checked on every string of every body as it is read. Invisible
 * text passes no "not blank" check of Bean Validation (U+3000, NBSP and U+200B are not Java whitespace); bidi
 * controls make a printed title read otherwise than it is stored; NUL and other controls end strings early in
 * other programs. None of it is trimmed away: it is refused, so what is stored is what was sent.
 */
enum TextFault {
    /** A lone UTF-16 surrogate: no UTF-8 can hold it, so it could never hash as it was read. */
    LONE_SURROGATE("FIELD_UNREPRESENTABLE_TEXT", "含有无法存储的字符(孤立的 UTF-16 代理项)"),
    /** NUL and the other control characters (tab and line breaks allowed), bidi overrides, isolates and marks. */
    FORBIDDEN_CHARACTER("FIELD_FORBIDDEN_CHARACTER", "含有不允许的控制字符(NUL、双向文本控制符等)"),
    /**
     * Not empty, yet nothing visible: only Unicode spaces, zero-width and other format characters. Blank in any form
     * is answered as blank in ASCII is by Bean Validation: the field is required.
     */
    BLANK("FIELD_REQUIRED", "只含空白或不可见字符");

    private final String code;
    private final String reason;

    TextFault(String code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    String code() {
        return code;
    }

    String reason() {
        return reason;
    }

    static Optional<TextFault> of(String text) {
        if (CanonicalJson.loneSurrogateAt(text) >= 0) return Optional.of(LONE_SURROGATE);
        if (text.codePoints().anyMatch(TextFault::forbidden)) return Optional.of(FORBIDDEN_CHARACTER);
        if (!text.isEmpty() && text.codePoints().allMatch(TextFault::invisible)) return Optional.of(BLANK);
        return Optional.empty();
    }

    private static boolean forbidden(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
        boolean bidi = c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
        return control || bidi;
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }
}
